namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>The layout a new layout starts from: the store's name above the letter, its address and the unsubscribe link below.</summary>
public static class DefaultLayout
{
    public const string BodyHtml = "<html><body>\n<header>{{Store.Name}}</header>\n{{{Body}}}\n<footer>{{Store.Address}}{{#if Links.Unsubscribe}} <a href=\"{{Links.Unsubscribe}}\">Unsubscribe</a>{{/if}}</footer>\n</body></html>";
}
