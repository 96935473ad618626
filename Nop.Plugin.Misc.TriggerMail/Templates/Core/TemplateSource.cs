namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// The texts of one template in one language, with its layout (null for none). Value equality makes it the
/// key of the compiled-template cache: an edited template is a new key, so no stale delegate is ever used.
/// </summary>
public sealed record TemplateSource(string Subject, string Preheader, string BodyHtml, string LayoutHtml = null);
