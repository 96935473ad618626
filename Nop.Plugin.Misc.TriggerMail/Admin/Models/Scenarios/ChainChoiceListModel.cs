namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>The values of one settings field the chain editor offers as a list, with the field's label.</summary>
public class ChainChoiceListModel
{
    public string Label { get; set; }

    public List<ChainChoiceModel> Values { get; set; } = new();
}
