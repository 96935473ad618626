using FluentMigrator.Builders.Alter.Table;
using FluentMigrator.Builders.Schema.Column;
using FluentMigrator.Builders.Schema.Table;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using FluentMigrator.Model;

namespace FluentMigrator.Builders.Alter
{
    public class AlterExpressionRoot : IAlterExpressionRoot
    {
        private readonly IMigrationContext _context;

        public AlterExpressionRoot(IMigrationContext context)
        {
            _context = context;
        }

        public IAlterTableAddColumnOrAlterColumnOrSchemaOrDescriptionSyntax Table(string tableName)
        {
            var expression = new AlterTableExpression { TableName = tableName };
            _context.Expressions.Add(expression);
            return new AlterTableExpressionBuilder(expression, _context);
        }
    }
}

namespace FluentMigrator.Builders.Alter.Table
{
    public class AlterTableExpressionBuilder : ExpressionBuilderWithColumnTypesBase<AlterTableExpression, IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax>,
        IAlterTableAddColumnOrAlterColumnOrSchemaOrDescriptionSyntax,
        IAlterTableColumnAsTypeSyntax,
        IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax
    {
        private readonly IMigrationContext _context;

        public AlterTableExpressionBuilder(AlterTableExpression expression, IMigrationContext context)
            : base(expression)
        {
            _context = context;
        }

        public ColumnDefinition CurrentColumn { get; set; }

        public IAlterTableColumnAsTypeSyntax AddColumn(string name)
        {
            var column = new ColumnDefinition { Name = name, ModificationType = ColumnModificationType.Create };
            _context.Expressions.Add(new CreateColumnExpression { Column = column, SchemaName = Expression.SchemaName, TableName = Expression.TableName });
            CurrentColumn = column;
            return this;
        }

        public override ColumnDefinition GetColumnForType() => CurrentColumn;

        public IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax WithDefaultValue(object value)
        {
            CurrentColumn.DefaultValue = value;
            return this;
        }

        public IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax Identity()
        {
            CurrentColumn.IsIdentity = true;
            return this;
        }

        public IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax Indexed() => Indexed(null);

        public IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax Indexed(string indexName)
        {
            CurrentColumn.IsIndexed = true;
            _context.Expressions.Add(new CreateIndexExpression
            {
                Index = new IndexDefinition
                {
                    Name = indexName,
                    SchemaName = Expression.SchemaName,
                    TableName = Expression.TableName,
                    Columns = { new IndexColumnDefinition { Name = CurrentColumn.Name } }
                }
            });
            return this;
        }

        public IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax PrimaryKey()
        {
            CurrentColumn.IsPrimaryKey = true;
            return this;
        }

        public IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax Nullable()
        {
            CurrentColumn.IsNullable = true;
            return this;
        }

        public IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax NotNullable()
        {
            CurrentColumn.IsNullable = false;
            return this;
        }
    }
}

namespace FluentMigrator.Builders.Schema
{
    public class SchemaExpressionRoot : ISchemaExpressionRoot
    {
        private readonly IMigrationContext _context;

        public SchemaExpressionRoot(IMigrationContext context)
        {
            _context = context;
        }

        public ISchemaTableSyntax Table(string tableName) => new SchemaTableQuery(_context, null, tableName);
    }
}

namespace FluentMigrator.Builders.Schema.Table
{
    public class SchemaTableQuery : ISchemaTableSyntax
    {
        private readonly IMigrationContext _context;
        private readonly string _schemaName;
        private readonly string _tableName;

        public SchemaTableQuery(IMigrationContext context, string schemaName, string tableName)
        {
            _context = context;
            _schemaName = schemaName;
            _tableName = tableName;
        }

        public bool Exists() => _context.QuerySchema.TableExists(_schemaName, _tableName);

        public ISchemaColumnSyntax Column(string columnName) => new SchemaColumnQuery(_schemaName, _tableName, columnName, _context);
    }
}

namespace FluentMigrator.Builders.Schema.Column
{
    public class SchemaColumnQuery : ISchemaColumnSyntax
    {
        private readonly string _schemaName;
        private readonly string _tableName;
        private readonly string _columnName;
        private readonly IMigrationContext _context;

        public SchemaColumnQuery(string schemaName, string tableName, string columnName, IMigrationContext context)
        {
            _schemaName = schemaName;
            _tableName = tableName;
            _columnName = columnName;
            _context = context;
        }

        public bool Exists() => _context.QuerySchema.ColumnExists(_schemaName, _tableName, _columnName);
    }
}
