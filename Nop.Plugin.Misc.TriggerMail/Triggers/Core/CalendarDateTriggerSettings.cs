using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// Fixed days of the year ("MM-dd", e.g. "12-31", "03-08"), fired on each customer's local day.
/// </summary>
public sealed record CalendarDateTriggerSettings(IReadOnlyList<string> Dates) : ITriggerSettings
{
    [JsonIgnore]
    public IReadOnlyList<MonthDay> Days => (Dates ?? []).Select(d => MonthDay.TryParse(d, out var day) ? day : (MonthDay?)null)
        .Where(d => d.HasValue).Select(d => d.Value).Distinct().ToList();

    public IEnumerable<TriggerSettingsError> Validate()
    {
        if (Dates is null || Dates.Count == 0)
        {
            yield return new("dates", "needs at least one date as MM-dd");
            yield break;
        }

        for (var i = 0; i < Dates.Count; i++)
        {
            if (!MonthDay.TryParse(Dates[i], out _))
                yield return new($"dates[{i}]", $"'{Dates[i]}' is not a day of the year as MM-dd (e.g. 12-31)");
        }
    }
}
