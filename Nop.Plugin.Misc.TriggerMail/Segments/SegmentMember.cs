namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>One row of a segment preview: who the customer is and what they bought (cancelled and deleted orders left out).</summary>
public sealed class SegmentMember
{
    public int CustomerId { get; init; }

    public string Email { get; init; }

    public string FirstName { get; init; }

    public string LastName { get; init; }

    public DateTime RegisteredOnUtc { get; init; }

    public int OrderCount { get; init; }

    public decimal TotalSpent { get; init; }

    public DateTime? LastOrderOnUtc { get; init; }
}
