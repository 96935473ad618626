using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Loads, in a few queries, the facts every enrollment of a batch asks for (customer, existing messages,
/// recent marketing sends), so a batch costs queries per batch rather than per enrollment.
/// </summary>
public interface IBatchCustomerFacts
{
    /// <param name="marketingSinceUtc">Marketing sends older than this do not matter (the frequency-cap window).</param>
    Task<ICustomerFacts> ForBatchAsync(IReadOnlyList<Enrollment> batch, DateTime marketingSinceUtc);
}
