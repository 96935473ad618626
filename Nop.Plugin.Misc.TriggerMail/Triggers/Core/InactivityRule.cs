namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// An inactivity episode starts at the customer's last sign of life (activity or order) and is identified by it:
/// the same silence is one episode however often it is seen; a new visit followed by silence is a new one.
/// </summary>
public static class InactivityRule
{
    public static DateTime Anchor(DateTime lastActivityUtc, DateTime? lastOrderUtc)
    {
        return lastOrderUtc is { } order && order > lastActivityUtc ? order : lastActivityUtc;
    }

    public static bool IsInactive(DateTime anchorUtc, DateTime nowUtc, int days)
    {
        return anchorUtc.AddDays(days) <= nowUtc;
    }

    public static DateTime BecameInactiveOnUtc(DateTime anchorUtc, int days) => anchorUtc.AddDays(days);

    /// <summary>Whole seconds: databases keep different sub-second precision, the episode must not depend on it.</summary>
    public static string EpisodeId(DateTime anchorUtc) => anchorUtc.ToString("yyyyMMddHHmmss");
}
