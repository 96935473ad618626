using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// Fires <see cref="DelayDays"/> days after an order was placed (AfterOrderPlaced) or delivered (AfterOrderDelivered).
/// </summary>
public sealed record AfterOrderTriggerSettings(int DelayDays) : ITriggerSettings
{
    public const int MaxDelayDays = 3650;

    [JsonIgnore]
    public TimeSpan Delay => TimeSpan.FromDays(DelayDays);

    public IEnumerable<TriggerSettingsError> Validate()
    {
        if (DelayDays is < 1 or > MaxDelayDays)
            yield return new("delayDays", $"must be between 1 and {MaxDelayDays}, was {DelayDays}");
    }
}
