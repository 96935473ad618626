using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// A cart counts as abandoned once its last change is <see cref="ThresholdMinutes"/> old.
/// </summary>
public sealed record AbandonedCartTriggerSettings(int ThresholdMinutes) : ITriggerSettings
{
    public const int MaxThresholdMinutes = 90 * 24 * 60;

    [JsonIgnore]
    public TimeSpan Threshold => TimeSpan.FromMinutes(ThresholdMinutes);

    public IEnumerable<TriggerSettingsError> Validate()
    {
        if (ThresholdMinutes is < 1 or > MaxThresholdMinutes)
            yield return new("thresholdMinutes", $"must be between 1 and {MaxThresholdMinutes} (90 days), was {ThresholdMinutes}");
    }
}
