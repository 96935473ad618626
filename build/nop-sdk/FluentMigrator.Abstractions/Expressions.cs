using FluentMigrator.Model;

namespace FluentMigrator.Expressions;

public interface IMigrationExpression
{
    IMigrationExpression Reverse();
}

public abstract class MigrationExpressionBase : IMigrationExpression
{
    public virtual IMigrationExpression Reverse()
    {
        throw new NotSupportedException($"The {GetType().Name} cannot be automatically reversed");
    }
}

public class CreateTableExpression : MigrationExpressionBase
{
    public virtual string SchemaName { get; set; }

    public virtual string TableName { get; set; }

    public virtual IList<ColumnDefinition> Columns { get; set; } = new List<ColumnDefinition>();

    public virtual string TableDescription { get; set; }

    public override IMigrationExpression Reverse()
    {
        return new DeleteTableExpression { TableName = TableName, SchemaName = SchemaName };
    }
}

public class DeleteTableExpression : MigrationExpressionBase
{
    public virtual string SchemaName { get; set; }

    public virtual string TableName { get; set; }

    public virtual bool IfExists { get; set; }
}

public class CreateIndexExpression : MigrationExpressionBase
{
    public virtual IndexDefinition Index { get; set; } = new IndexDefinition();

    public override IMigrationExpression Reverse()
    {
        return new DeleteIndexExpression { Index = Index.Clone() as IndexDefinition };
    }
}

public class DeleteIndexExpression : MigrationExpressionBase
{
    public virtual IndexDefinition Index { get; set; } = new IndexDefinition();
}

public class AlterTableExpression : MigrationExpressionBase
{
    public virtual string SchemaName { get; set; }

    public virtual string TableName { get; set; }

    public virtual string TableDescription { get; set; }
}

public class CreateColumnExpression : MigrationExpressionBase
{
    public virtual string SchemaName { get; set; }

    public virtual string TableName { get; set; }

    public virtual ColumnDefinition Column { get; set; } = new ColumnDefinition { ModificationType = ColumnModificationType.Create };
}
