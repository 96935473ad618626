namespace FluentMigrator.Infrastructure;

public interface IFluentSyntax
{
}

public interface IMigrationContext
{
    IServiceProvider ServiceProvider { get; }

    ICollection<FluentMigrator.Expressions.IMigrationExpression> Expressions { get; set; }

    IQuerySchema QuerySchema { get; }

    string Connection { get; set; }
}
