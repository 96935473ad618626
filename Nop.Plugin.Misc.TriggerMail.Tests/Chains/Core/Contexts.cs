using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;

public static class Contexts
{
    public static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    public static readonly SendRules NoRules = new(0, 0, 0);

    /// <summary>A context at <paramref name="now"/> for an enrollment that entered and reached its step at <paramref name="entered"/>.</summary>
    public static StepContext For(ScenarioDefinition scenario, FakeCustomerFacts facts, DateTime? now = null, DateTime? entered = null,
        SendRules rules = null, DateTime? due = null, int enrollmentId = 42)
    {
        var at = now ?? Now;
        var since = entered ?? at;
        return new StepContext(scenario, enrollmentId, facts.Customer, 1, null, null, since, since, due ?? at, at,
            rules ?? NoRules, facts, facts);
    }
}
