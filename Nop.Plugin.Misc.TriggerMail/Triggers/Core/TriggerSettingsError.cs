namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// One problem with a scenario's trigger settings; <see cref="Field"/> is the JSON property name.
/// </summary>
public sealed record TriggerSettingsError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
