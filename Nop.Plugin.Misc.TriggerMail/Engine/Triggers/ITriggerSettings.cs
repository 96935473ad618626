namespace Nop.Plugin.Misc.TriggerMail.Engine.Triggers;

/// <summary>
/// The settings of one trigger kind, stored as JSON in the scenario.
/// </summary>
public interface ITriggerSettings
{
    IEnumerable<TriggerSettingsError> Validate();
}
