namespace Nop.Plugin.Misc.TriggerMail.Public.Models;

/// <summary>The confirm page: texts already in the visitor's language, so the view only lays them out.</summary>
public sealed record UnsubscribeModel
{
    public string Token { get; init; }

    public bool IsValid { get; init; }

    public bool IsDone { get; init; }

    public string Title { get; init; }

    public string Text { get; init; }

    public string ScenarioOption { get; init; }

    public string AllMarketingOption { get; init; }

    public string Button { get; init; }
}
