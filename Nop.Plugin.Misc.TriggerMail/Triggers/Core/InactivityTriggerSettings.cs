namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// A customer is inactive after <see cref="Days"/> days without activity and without an order.
/// </summary>
public sealed record InactivityTriggerSettings(int Days) : ITriggerSettings
{
    public const int MaxDays = 3650;

    public IEnumerable<TriggerSettingsError> Validate()
    {
        if (Days is < 1 or > MaxDays)
            yield return new("days", $"must be between 1 and {MaxDays}, was {Days}");
    }
}
