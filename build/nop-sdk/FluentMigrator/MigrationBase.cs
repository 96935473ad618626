using FluentMigrator.Builders.Alter;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Schema;
using FluentMigrator.Infrastructure;

namespace FluentMigrator;

public abstract class MigrationBase : IMigration
{
    private readonly object _mutex = new();
    private IMigrationContext _context;

    public string ConnectionString { get; protected set; }

    public IAlterExpressionRoot Alter => new AlterExpressionRoot(Context);

    public ICreateExpressionRoot Create => new CreateExpressionRoot(Context);

    public ISchemaExpressionRoot Schema => new SchemaExpressionRoot(Context);

    internal IMigrationContext Context => _context ?? throw new InvalidOperationException("The context is not set");

    public abstract void Up();

    public abstract void Down();

    public virtual void GetUpExpressions(IMigrationContext context)
    {
        lock (_mutex)
        {
            _context = context;
            ConnectionString = context.Connection;
            Up();
            _context = null;
        }
    }

    public virtual void GetDownExpressions(IMigrationContext context)
    {
        lock (_mutex)
        {
            _context = context;
            ConnectionString = context.Connection;
            Down();
            _context = null;
        }
    }
}

public abstract class Migration : MigrationBase
{
}

public abstract class AutoReversingMigration : MigrationBase
{
    public sealed override void Down()
    {
    }

    public override void GetDownExpressions(IMigrationContext context)
    {
        GetUpExpressions(context);
        context.Expressions = context.Expressions.Select(e => e.Reverse()).Reverse().ToList();
    }
}
