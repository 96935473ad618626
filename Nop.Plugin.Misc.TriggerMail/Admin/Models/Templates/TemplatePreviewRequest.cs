namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

/// <summary>
/// The editor's texts in one language (saved or not) and whom to render them for, posted as JSON by the live
/// preview and the test send. A plain class: it binds with Newtonsoft in a store and System.Text.Json here.
/// </summary>
public class TemplatePreviewRequest
{
    public int TemplateId { get; set; }

    /// <summary>0 for the default (standard) texts.</summary>
    public int LanguageId { get; set; }

    public bool IsLayout { get; set; }

    public int LayoutId { get; set; }

    public string Subject { get; set; }

    public string Preheader { get; set; }

    public string BodyHtml { get; set; }

    /// <summary>The default texts, which an empty translated field falls back to.</summary>
    public string DefaultSubject { get; set; }

    public string DefaultPreheader { get; set; }

    public string DefaultBodyHtml { get; set; }

    /// <summary>A customer id or email; empty for sample data.</summary>
    public string Customer { get; set; }

    public int? OrderId { get; set; }

    /// <summary>Only for the test send.</summary>
    public string ToAddress { get; set; }
}
