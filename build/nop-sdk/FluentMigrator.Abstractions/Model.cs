using System.Data;

namespace FluentMigrator.Model;

public enum ColumnModificationType
{
    Create,
    Alter
}

public enum Direction
{
    Ascending,
    Descending
}

public class ColumnDefinition : ICloneable
{
    public virtual string Name { get; set; }

    public virtual DbType? Type { get; set; }

    public virtual int? Size { get; set; }

    public virtual int? Precision { get; set; }

    public virtual string CustomType { get; set; }

    public virtual object DefaultValue { get; set; } = new UndefinedDefaultValue();

    public virtual bool IsForeignKey { get; set; }

    public virtual bool IsIdentity { get; set; }

    public virtual bool IsIndexed { get; set; }

    public virtual bool IsPrimaryKey { get; set; }

    public virtual string PrimaryKeyName { get; set; }

    public virtual bool? IsNullable { get; set; }

    public virtual bool IsUnique { get; set; }

    public virtual string TableName { get; set; }

    public virtual ColumnModificationType ModificationType { get; set; }

    public virtual object Clone()
    {
        return MemberwiseClone();
    }

    public sealed class UndefinedDefaultValue
    {
    }
}

public class IndexColumnDefinition : ICloneable
{
    public virtual string Name { get; set; }

    public virtual Direction Direction { get; set; }

    public object Clone()
    {
        return new IndexColumnDefinition { Name = Name, Direction = Direction };
    }
}

public class IndexDefinition : ICloneable
{
    public virtual string Name { get; set; }

    public virtual string SchemaName { get; set; }

    public virtual string TableName { get; set; }

    public virtual bool IsUnique { get; set; }

    public bool IsClustered { get; set; }

    public virtual ICollection<IndexColumnDefinition> Columns { get; set; } = new List<IndexColumnDefinition>();

    public object Clone()
    {
        return new IndexDefinition
        {
            Name = Name,
            SchemaName = SchemaName,
            TableName = TableName,
            IsUnique = IsUnique,
            IsClustered = IsClustered,
            Columns = Columns.Select(c => (IndexColumnDefinition)c.Clone()).ToList()
        };
    }
}
