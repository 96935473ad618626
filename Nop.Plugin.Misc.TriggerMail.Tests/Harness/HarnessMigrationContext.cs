using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Collects the expressions a migration produces, as FluentMigrator's runner does.
/// </summary>
public sealed class HarnessMigrationContext : IMigrationContext
{
    public IServiceProvider ServiceProvider { get; init; }

    public ICollection<IMigrationExpression> Expressions { get; set; } = new List<IMigrationExpression>();

    /// <summary>Answers a migration's schema checks from the harness database; null where no database is given.</summary>
    public IQuerySchema QuerySchema { get; init; }

    public string Connection { get; set; } = string.Empty;
}
