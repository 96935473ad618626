namespace Nop.Plugin.Misc.TriggerMail.Templates;

public sealed record RenderedEmail(string Subject, string HtmlBody);
