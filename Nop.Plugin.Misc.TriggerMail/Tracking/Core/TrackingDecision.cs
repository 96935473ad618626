namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>
/// The one rule for whether a message's opens and clicks are counted: tracking must be on for the install, for the
/// message's store and for its scenario. It is applied once, when the message is composed, and the answer is stored
/// on the message; the endpoints and the event writer read that answer instead of the settings.
/// </summary>
public static class TrackingDecision
{
    public static bool IsTracked(bool installTracks, bool storeTracks, bool scenarioTracks) => installTracks && storeTracks && scenarioTracks;
}
