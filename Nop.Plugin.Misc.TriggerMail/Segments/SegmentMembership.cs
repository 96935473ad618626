using Nop.Plugin.Misc.TriggerMail.Chains.Core;

namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>
/// Answers the engine's membership question with the segment's saved rules, as one SQL statement. A segment that
/// was deleted or whose stored rules no longer validate is an error naming the segment, never a silent "yes".
/// </summary>
public class SegmentMembership : ISegmentMembership
{
    private readonly SegmentService _segmentService;

    public SegmentMembership(SegmentService segmentService)
    {
        _segmentService = segmentService;
    }

    public async Task<bool> IsMemberAsync(int segmentId, int customerId, int storeId)
    {
        if (segmentId <= 0)
            return true;

        try
        {
            return await _segmentService.IsMemberAsync(segmentId, customerId, storeId);
        }
        catch (ArgumentException exception)
        {
            // The chain shell records InvalidOperationException as the enrollment's or inbox row's failure reason.
            throw new InvalidOperationException($"segment {segmentId}: {exception.Message}", exception);
        }
    }
}
