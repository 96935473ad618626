namespace Nop.Plugin.Misc.TriggerMail.Common.Core;

/// <summary>
/// Text fitted to the column that stores it. Reasons, notes, errors, subjects and links come from templates, SMTP
/// servers, browsers and exceptions, so their length is not ours to choose; a row that cannot be written would
/// lose the event it records, so the text is cut to the column instead.
/// </summary>
public static class Text
{
    /// <summary>The first <paramref name="maxLength"/> characters of <paramref name="value"/>; null stays null.</summary>
    public static string Truncate(string value, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return value is null || value.Length <= maxLength ? value : value[..maxLength];
    }
}
