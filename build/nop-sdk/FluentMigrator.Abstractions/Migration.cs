using FluentMigrator.Infrastructure;

namespace FluentMigrator;

public interface IMigration
{
    string ConnectionString { get; }

    void GetUpExpressions(IMigrationContext context);

    void GetDownExpressions(IMigrationContext context);
}

public enum TransactionBehavior
{
    Default,
    None
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public class MigrationAttribute : Attribute
{
    public MigrationAttribute(long version, string description)
        : this(version, TransactionBehavior.Default, description)
    {
    }

    public MigrationAttribute(long version, TransactionBehavior transactionBehavior = TransactionBehavior.Default, string description = null)
    {
        Version = version;
        TransactionBehavior = transactionBehavior;
        Description = description;
    }

    public long Version { get; }

    public TransactionBehavior TransactionBehavior { get; }

    public string Description { get; }

    public bool BreakingChange { get; set; }
}
