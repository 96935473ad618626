using FluentMigrator.Builders.Alter.Table;
using FluentMigrator.Builders.Schema.Column;
using FluentMigrator.Builders.Schema.Table;
using FluentMigrator.Infrastructure;

namespace FluentMigrator
{
    public interface IQuerySchema
    {
        bool TableExists(string schemaName, string tableName);

        bool ColumnExists(string schemaName, string tableName, string columnName);
    }
}

namespace FluentMigrator.Builders.Alter
{
    public interface IAlterExpressionRoot : IFluentSyntax
    {
        IAlterTableAddColumnOrAlterColumnOrSchemaOrDescriptionSyntax Table(string tableName);
    }
}

namespace FluentMigrator.Builders.Alter.Table
{
    public interface IAlterTableAddColumnOrAlterColumnSyntax : IFluentSyntax
    {
        IAlterTableColumnAsTypeSyntax AddColumn(string name);
    }

    public interface IAlterTableAddColumnOrAlterColumnOrSchemaSyntax : IAlterTableAddColumnOrAlterColumnSyntax
    {
    }

    public interface IAlterTableAddColumnOrAlterColumnOrSchemaOrDescriptionSyntax : IAlterTableAddColumnOrAlterColumnOrSchemaSyntax
    {
    }

    public interface IAlterTableColumnAsTypeSyntax : IColumnTypeSyntax<IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax>
    {
    }

    public interface IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax :
        IColumnOptionSyntax<IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax, IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax>,
        IAlterTableAddColumnOrAlterColumnSyntax
    {
    }

    public interface IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax :
        IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax,
        IForeignKeyCascadeSyntax<IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax, IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax>
    {
    }
}

namespace FluentMigrator.Builders.Schema
{
    public interface ISchemaExpressionRoot : IFluentSyntax
    {
        ISchemaTableSyntax Table(string tableName);
    }
}

namespace FluentMigrator.Builders.Schema.Table
{
    public interface ISchemaTableSyntax
    {
        bool Exists();

        ISchemaColumnSyntax Column(string columnName);
    }
}

namespace FluentMigrator.Builders.Schema.Column
{
    public interface ISchemaColumnSyntax : IFluentSyntax
    {
        bool Exists();
    }
}
