namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Waits until the event happens or the timeout passes. Opens and clicks are those of this enrollment's
/// messages (only <see cref="StepKey"/>'s when set). The store is polled every <see cref="PollMinutes"/>.
/// </summary>
public sealed record WaitForEventSettings(AwaitedEvent Event, int TimeoutMinutes, string StepKey = null, int PollMinutes = 60);
