namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

public static class HourRange
{
    /// <summary>Whether an hour falls in [start, end), wrapping midnight when end is before start; start == end is empty.</summary>
    public static bool Contains(int startHour, int endHour, int hour)
    {
        if (startHour == endHour)
            return false;

        return startHour < endHour
            ? hour >= startHour && hour < endHour
            : hour >= startHour || hour < endHour;
    }
}
