namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

/// <summary>
/// A template error as the editor shows it beside a field: which language's field (0 = default texts), the
/// 1-based line and column (0 when unknown), and the message.
/// </summary>
public record TemplateErrorModel
{
    public int LanguageId { get; set; }

    public string Field { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }

    public string Message { get; set; }

    /// <summary>"Line 3, column 5: …" or the bare message.</summary>
    public string Text { get; set; }
}
