using FluentMigrator.Builders.Create.Index;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create
{
    public interface ICreateExpressionRoot : IFluentSyntax
    {
        ICreateTableWithColumnOrSchemaOrDescriptionSyntax Table(string tableName);

        ICreateIndexForTableSyntax Index(string indexName);
    }
}

namespace FluentMigrator.Builders.Create.Table
{
    public interface ICreateTableWithColumnSyntax : IFluentSyntax
    {
        ICreateTableColumnAsTypeSyntax WithColumn(string name);
    }

    public interface ICreateTableWithColumnOrSchemaSyntax : ICreateTableWithColumnSyntax
    {
        ICreateTableWithColumnSyntax InSchema(string schemaName);
    }

    public interface ICreateTableWithColumnOrSchemaOrDescriptionSyntax : ICreateTableWithColumnOrSchemaSyntax
    {
        ICreateTableWithColumnOrSchemaSyntax WithDescription(string description);
    }

    public interface ICreateTableColumnAsTypeSyntax : IColumnTypeSyntax<ICreateTableColumnOptionOrWithColumnSyntax>
    {
    }

    public interface ICreateTableColumnOptionOrWithColumnSyntax :
        IColumnOptionSyntax<ICreateTableColumnOptionOrWithColumnSyntax, ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax>,
        ICreateTableWithColumnSyntax
    {
    }

    public interface ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax :
        ICreateTableColumnOptionOrWithColumnSyntax,
        IForeignKeyCascadeSyntax<ICreateTableColumnOptionOrWithColumnSyntax, ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax>
    {
    }
}

namespace FluentMigrator.Builders.Create.Index
{
    public interface ICreateIndexForTableSyntax : IFluentSyntax
    {
        ICreateIndexOnColumnOrInSchemaSyntax OnTable(string tableName);
    }

    public interface ICreateIndexOnColumnSyntax : IFluentSyntax
    {
        ICreateIndexColumnOptionsSyntax OnColumn(string columnName);

        ICreateIndexOptionsSyntax WithOptions();
    }

    public interface ICreateIndexOnColumnOrInSchemaSyntax : ICreateIndexOnColumnSyntax
    {
        ICreateIndexOnColumnSyntax InSchema(string schemaName);
    }

    public interface ICreateIndexColumnOptionsSyntax : IFluentSyntax
    {
        ICreateIndexMoreColumnOptionsSyntax Ascending();

        ICreateIndexMoreColumnOptionsSyntax Descending();

        ICreateIndexColumnUniqueOptionsSyntax Unique();
    }

    public interface ICreateIndexMoreColumnOptionsSyntax : ICreateIndexOnColumnSyntax
    {
        FluentMigrator.Model.IndexColumnDefinition CurrentColumn { get; }
    }

    public interface ICreateIndexColumnUniqueOptionsSyntax : ICreateIndexOnColumnSyntax
    {
        FluentMigrator.Model.IndexColumnDefinition CurrentColumn { get; }
    }

    public interface ICreateIndexOptionsSyntax : IFluentSyntax
    {
        ICreateIndexOnColumnSyntax Unique();

        ICreateIndexOnColumnSyntax NonClustered();

        ICreateIndexOnColumnSyntax Clustered();
    }
}
