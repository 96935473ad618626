namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// The seam to the segment service: whether a customer is in a segment right now, with orders and carts of
/// <c>storeId</c> (0 = every store). Segment id 0 means no segment: everyone is in it.
/// </summary>
public interface ISegmentMembership
{
    Task<bool> IsMemberAsync(int segmentId, int customerId, int storeId);
}
