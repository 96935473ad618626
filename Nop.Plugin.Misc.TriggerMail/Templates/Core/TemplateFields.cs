namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

public static class TemplateFields
{
    public const string Subject = "Subject";

    public const string Preheader = "Preheader";

    public const string Body = "BodyHtml";

    public const string Layout = "Layout";

    /// <summary>Where a layout puts the letter; written with three braces because the letter is already HTML.</summary>
    public const string BodyPlaceholder = "{{{Body}}}";
}
