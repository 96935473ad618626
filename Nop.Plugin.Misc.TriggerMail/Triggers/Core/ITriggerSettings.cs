namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// The settings of one trigger kind, stored as JSON in the scenario.
/// </summary>
public interface ITriggerSettings
{
    IEnumerable<TriggerSettingsError> Validate();
}
