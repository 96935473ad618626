namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

public sealed class InvalidTriggerSettingsException : Exception
{
    public InvalidTriggerSettingsException(IReadOnlyList<TriggerSettingsError> errors)
        : base("Invalid trigger settings: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<TriggerSettingsError> Errors { get; }
}
