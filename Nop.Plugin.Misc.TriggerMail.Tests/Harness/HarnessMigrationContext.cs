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

    public string Connection { get; set; } = string.Empty;
}
