namespace Nop.Plugin.Misc.TriggerMail.Templates;

public sealed class TemplateNotFoundException : Exception
{
    public TemplateNotFoundException(string message)
        : base(message)
    {
    }
}
