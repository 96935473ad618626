using System.Net;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>
/// Marks the anchors that point to a given URL with <c>data-tm-notrack</c>, so link rewriting leaves them alone.
/// Delivery marks the message's own unsubscribe link: it must work without the tracking redirect, and a click on
/// it is not engagement.
/// </summary>
public static partial class NoTrackMarker
{
    public const string Attribute = "data-tm-notrack";

    public static string MarkLinksTo(string html, string url)
    {
        if (string.IsNullOrEmpty(html) || string.IsNullOrEmpty(url))
            return html;

        return AnchorTag().Replace(html, anchor =>
        {
            var tag = anchor.Value;
            if (tag.Contains(Attribute, StringComparison.OrdinalIgnoreCase))
                return tag;

            var href = Href().Match(tag);
            if (!href.Success || !string.Equals(WebUtility.HtmlDecode(href.Groups["url"].Value).Trim(), url, StringComparison.Ordinal))
                return tag;

            return "<a " + Attribute + tag[2..];
        });
    }

    [GeneratedRegex(@"<a\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorTag();

    [GeneratedRegex(@"\bhref\s*=\s*(?:(?<quote>[""'])(?<url>.*?)\k<quote>|(?<url>[^\s>""']+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Href();
}
