using Nop.Plugin.Misc.TriggerMail.Engine;

namespace Nop.Plugin.Misc.TriggerMail.Services.Chains;

/// <summary>
/// Until the segment service is registered in its place, no segment (id 0) means everyone and a named segment
/// cannot be evaluated, so nobody is in it: a chain never mails people it was told to filter.
/// </summary>
public class DefaultSegmentMembership : ISegmentMembership
{
    public Task<bool> IsMemberAsync(int segmentId, int customerId) => Task.FromResult(segmentId <= 0);
}
