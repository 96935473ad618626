namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>Recorded with every event; machine-made events count in "all" figures, not in human rates.</summary>
public sealed record TrafficVerdict(bool IsMachine, string Reason)
{
    public static TrafficVerdict Human { get; } = new(IsMachine: false, Reason: null);

    public static TrafficVerdict Machine(string reason) => new(IsMachine: true, reason);
}
