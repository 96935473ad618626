using System.Data;
using FluentMigrator.Builders.Create.Index;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using FluentMigrator.Model;

namespace FluentMigrator.Builders
{
    public abstract class ExpressionBuilderBase<T> where T : class, IMigrationExpression
    {
        protected ExpressionBuilderBase(T expression)
        {
            Expression = expression;
        }

        public T Expression { get; }
    }

    // In FluentMigrator the column-type methods live on this intermediate base, so calls bind to it.
    public abstract class ExpressionBuilderWithColumnTypesBase<TExpression, TNext> : ExpressionBuilderBase<TExpression>, IColumnTypeSyntax<TNext>
        where TExpression : class, IMigrationExpression
        where TNext : IFluentSyntax
    {
        protected ExpressionBuilderWithColumnTypesBase(TExpression expression)
            : base(expression)
        {
        }

        public abstract ColumnDefinition GetColumnForType();

        public TNext AsBinary(int size) => OfType(DbType.Binary, size);

        public TNext AsBoolean() => OfType(DbType.Boolean);

        public TNext AsDateTime2() => OfType(DbType.DateTime2);

        public TNext AsDecimal(int size, int precision) => OfType(DbType.Decimal, size, precision);

        public TNext AsGuid() => OfType(DbType.Guid);

        public TNext AsInt32() => OfType(DbType.Int32);

        public TNext AsInt64() => OfType(DbType.Int64);

        public TNext AsString() => OfType(DbType.String);

        public TNext AsString(int size) => OfType(DbType.String, size);

        public TNext AsCustom(string customType)
        {
            var column = GetColumnForType();
            column.Type = null;
            column.CustomType = customType;
            return (TNext)(object)this;
        }

        private TNext OfType(DbType type, int? size = null, int? precision = null)
        {
            var column = GetColumnForType();
            column.Type = type;
            column.Size = size;
            column.Precision = precision;
            return (TNext)(object)this;
        }
    }
}

namespace FluentMigrator.Builders.Create
{
    public class CreateExpressionRoot : ICreateExpressionRoot
    {
        private readonly IMigrationContext _context;

        public CreateExpressionRoot(IMigrationContext context)
        {
            _context = context;
        }

        public ICreateTableWithColumnOrSchemaOrDescriptionSyntax Table(string tableName)
        {
            var expression = new CreateTableExpression { TableName = tableName };
            _context.Expressions.Add(expression);
            return new CreateTableExpressionBuilder(expression, _context);
        }

        public ICreateIndexForTableSyntax Index(string indexName)
        {
            var expression = new CreateIndexExpression { Index = { Name = indexName } };
            _context.Expressions.Add(expression);
            return new CreateIndexExpressionBuilder(expression);
        }
    }
}

namespace FluentMigrator.Builders.Create.Table
{
    public class CreateTableExpressionBuilder : ExpressionBuilderWithColumnTypesBase<CreateTableExpression, ICreateTableColumnOptionOrWithColumnSyntax>,
        ICreateTableWithColumnOrSchemaOrDescriptionSyntax,
        ICreateTableColumnAsTypeSyntax,
        ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax
    {
        private readonly IMigrationContext _context;

        public CreateTableExpressionBuilder(CreateTableExpression expression, IMigrationContext context)
            : base(expression)
        {
            _context = context;
        }

        public ColumnDefinition CurrentColumn { get; set; }

        public ICreateTableWithColumnSyntax InSchema(string schemaName)
        {
            Expression.SchemaName = schemaName;
            return this;
        }

        public ICreateTableWithColumnOrSchemaSyntax WithDescription(string description)
        {
            Expression.TableDescription = description;
            return this;
        }

        public ICreateTableColumnAsTypeSyntax WithColumn(string name)
        {
            var column = new ColumnDefinition { Name = name, TableName = Expression.TableName, ModificationType = ColumnModificationType.Create };
            Expression.Columns.Add(column);
            CurrentColumn = column;
            return this;
        }

        public override ColumnDefinition GetColumnForType() => CurrentColumn;

        public ICreateTableColumnOptionOrWithColumnSyntax WithDefaultValue(object value)
        {
            CurrentColumn.DefaultValue = value;
            return this;
        }

        public ICreateTableColumnOptionOrWithColumnSyntax Identity()
        {
            CurrentColumn.IsIdentity = true;
            return this;
        }

        public ICreateTableColumnOptionOrWithColumnSyntax Indexed() => Indexed(null);

        public ICreateTableColumnOptionOrWithColumnSyntax Indexed(string indexName)
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

        public ICreateTableColumnOptionOrWithColumnSyntax PrimaryKey()
        {
            CurrentColumn.IsPrimaryKey = true;
            return this;
        }

        public ICreateTableColumnOptionOrWithColumnSyntax Nullable()
        {
            CurrentColumn.IsNullable = true;
            return this;
        }

        public ICreateTableColumnOptionOrWithColumnSyntax NotNullable()
        {
            CurrentColumn.IsNullable = false;
            return this;
        }
    }
}

namespace FluentMigrator.Builders.Create.Index
{
    public class CreateIndexExpressionBuilder : ExpressionBuilderBase<CreateIndexExpression>,
        ICreateIndexForTableSyntax,
        ICreateIndexOnColumnOrInSchemaSyntax,
        ICreateIndexColumnOptionsSyntax,
        ICreateIndexOptionsSyntax,
        ICreateIndexColumnUniqueOptionsSyntax,
        ICreateIndexMoreColumnOptionsSyntax
    {
        public CreateIndexExpressionBuilder(CreateIndexExpression expression)
            : base(expression)
        {
        }

        public IndexColumnDefinition CurrentColumn { get; set; }

        public ICreateIndexOnColumnOrInSchemaSyntax OnTable(string tableName)
        {
            Expression.Index.TableName = tableName;
            return this;
        }

        public ICreateIndexOnColumnSyntax InSchema(string schemaName)
        {
            Expression.Index.SchemaName = schemaName;
            return this;
        }

        public ICreateIndexColumnOptionsSyntax OnColumn(string columnName)
        {
            CurrentColumn = new IndexColumnDefinition { Name = columnName };
            Expression.Index.Columns.Add(CurrentColumn);
            return this;
        }

        public ICreateIndexOptionsSyntax WithOptions() => this;

        public ICreateIndexMoreColumnOptionsSyntax Ascending()
        {
            CurrentColumn.Direction = Direction.Ascending;
            return this;
        }

        public ICreateIndexMoreColumnOptionsSyntax Descending()
        {
            CurrentColumn.Direction = Direction.Descending;
            return this;
        }

        public ICreateIndexColumnUniqueOptionsSyntax Unique()
        {
            Expression.Index.IsUnique = true;
            return this;
        }

        ICreateIndexOnColumnSyntax ICreateIndexOptionsSyntax.Unique()
        {
            Expression.Index.IsUnique = true;
            return this;
        }

        public ICreateIndexOnColumnSyntax NonClustered()
        {
            Expression.Index.IsClustered = false;
            return this;
        }

        public ICreateIndexOnColumnSyntax Clustered()
        {
            Expression.Index.IsClustered = true;
            return this;
        }
    }
}
