namespace Nop.Plugin.Misc.TriggerMail.Templates;

public static class TemplateResources
{
    public const string GreetingFallback = TriggerMailDefaults.LocalePrefix + ".Greeting.Fallback";
}
