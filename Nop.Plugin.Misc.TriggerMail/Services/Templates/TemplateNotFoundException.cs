namespace Nop.Plugin.Misc.TriggerMail.Services.Templates;

public sealed class TemplateNotFoundException : Exception
{
    public TemplateNotFoundException(string message)
        : base(message)
    {
    }
}
