namespace Nop.Plugin.Misc.TriggerMail.Engine;

/// <summary>
/// The seam to the segment service: whether a customer is in a segment right now.
/// </summary>
public interface ISegmentMembership
{
    Task<bool> IsMemberAsync(int segmentId, int customerId);
}
