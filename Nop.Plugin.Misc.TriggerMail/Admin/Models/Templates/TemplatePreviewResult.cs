namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

/// <summary>The live preview's answer: the rendered email, or the errors with their positions.</summary>
public record TemplatePreviewResult
{
    public bool Success { get; set; }

    public string Subject { get; set; }

    public string Html { get; set; }

    /// <summary>Who the preview is rendered for ("sample data" or the customer's name and email).</summary>
    public string RenderedFor { get; set; }

    public IList<TemplateErrorModel> Errors { get; set; } = new List<TemplateErrorModel>();
}
