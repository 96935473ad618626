namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>One value of an engine enum the chain editor offers: its name as settings JSON writes it and its label.</summary>
public class ChainChoiceModel
{
    public string Name { get; set; }

    public string Label { get; set; }

    /// <summary>The settings fields this value reads (a condition kind's step key, amount, segment or product), in settings JSON names.</summary>
    public List<string> Fields { get; set; } = new();
}
