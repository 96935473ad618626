using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>
/// Rewrites every trackable link of a rendered email to a click redirect and adds the open pixel. Links that
/// must keep working without tracking stay as they are: mailto:, tel:, in-page anchors, and anything marked
/// <c>data-tm-notrack</c> (the unsubscribe link). Returns the stored URL of each rewritten link by position.
/// </summary>
public static partial class LinkRewriter
{
    public static RewrittenHtml Rewrite(string html, Func<int, string> clickUrl, string openPixelUrl)
    {
        ArgumentNullException.ThrowIfNull(clickUrl);
        if (string.IsNullOrEmpty(html))
            return new RewrittenHtml(html ?? string.Empty, []);

        var links = new List<string>();
        var rewritten = AnchorTag().Replace(html, anchor =>
        {
            var tag = anchor.Value;
            if (tag.Contains("data-tm-notrack", StringComparison.OrdinalIgnoreCase))
                return tag;

            var href = Href().Match(tag);
            if (!href.Success)
                return tag;

            var url = WebUtility.HtmlDecode(href.Groups["url"].Value).Trim();
            if (!IsTrackable(url))
                return tag;

            links.Add(url);
            var quote = href.Groups["quote"].Value.Length > 0 ? href.Groups["quote"].Value : "\"";
            var replacement = $"href={quote}{WebUtility.HtmlEncode(clickUrl(links.Count - 1))}{quote}";
            return string.Concat(tag.AsSpan(0, href.Index), replacement, tag.AsSpan(href.Index + href.Length));
        });

        return new RewrittenHtml(AddPixel(rewritten, openPixelUrl), links);
    }

    private static bool IsTrackable(string url)
    {
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    private static string AddPixel(string html, string openPixelUrl)
    {
        if (string.IsNullOrEmpty(openPixelUrl))
            return html;

        var pixel = $"<img src=\"{WebUtility.HtmlEncode(openPixelUrl)}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;width:1px;height:1px;border:0\" />";
        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body < 0 ? html + pixel : new StringBuilder(html).Insert(body, pixel).ToString();
    }

    [GeneratedRegex(@"<a\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorTag();

    [GeneratedRegex(@"\bhref\s*=\s*(?:(?<quote>[""'])(?<url>.*?)\k<quote>|(?<url>[^\s>""']+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Href();
}

/// <param name="Links">The original URL of each rewritten link; the index is the link's position in the token.</param>
public sealed record RewrittenHtml(string Html, IReadOnlyList<string> Links);
