namespace Nop.Plugin.Misc.TriggerMail.Delivery;

public sealed record ComposedEmail(string Subject, string HtmlBody, string ToName, IReadOnlyDictionary<string, string> Headers);
