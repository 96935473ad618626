namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>A template that does not compile or render; carries every error found with its position.</summary>
public sealed class TemplateCompileException : Exception
{
    public TemplateCompileException(IReadOnlyList<TemplateError> errors)
        : base(string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<TemplateError> Errors { get; }
}
