namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>The public unsubscribe page, and the greeting used when a customer has no name.</summary>
public static class UnsubscribePageLocales
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".";

    public static LocaleCatalogue Texts { get; } = new()
    {
        { Prefix + "Greeting.Fallback", "customer" },
        { Prefix + "Unsubscribe.Title", "Unsubscribe" },
        { Prefix + "Unsubscribe.Choose", "Which emails do you no longer want to receive?" },
        { Prefix + "Unsubscribe.ThisScenario", "Only emails like this one" },
        { Prefix + "Unsubscribe.AllMarketing", "All marketing emails (you will still get order and account emails)" },
        { Prefix + "Unsubscribe.Confirm", "Unsubscribe" },
        { Prefix + "Unsubscribe.InvalidLink", "This unsubscribe link is not valid. Please use the link from the most recent email." }
    };
}
