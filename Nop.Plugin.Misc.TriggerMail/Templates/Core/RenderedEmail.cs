namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

public sealed record RenderedEmail(string Subject, string HtmlBody);
