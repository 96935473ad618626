namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

public sealed class LinksData
{
    /// <summary>The signed confirm page where the customer picks "this scenario" or "all marketing"; empty in transactional mail.</summary>
    public string Unsubscribe { get; init; }

    public string Store { get; init; }

    public string Cart { get; init; }
}
