using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking.Core;

[TestFixture]
public class LinkRewriterTests
{
    private static RewrittenHtml Rewrite(string html) => LinkRewriter.Rewrite(html, i => $"https://s.test/tm/c/{i}", "https://s.test/tm/o/x");

    [Test]
    public void Web_links_become_click_redirects_in_order()
    {
        var result = Rewrite("<p><a href=\"https://shop.test/a\">A</a> <a class='b' href='http://shop.test/b?x=1&amp;y=2'>B</a></p>");

        Assert.That(result.Links, Is.EqualTo(new[] { "https://shop.test/a", "http://shop.test/b?x=1&y=2" }));
        Assert.That(result.Html, Does.Contain("<a href=\"https://s.test/tm/c/0\">A</a>"));
        Assert.That(result.Html, Does.Contain("<a class='b' href='https://s.test/tm/c/1'>B</a>"));
    }

    [TestCase("<a href=\"mailto:help@shop.test\">mail</a>")]
    [TestCase("<a href=\"tel:+123\">call</a>")]
    [TestCase("<a href=\"#top\">top</a>")]
    [TestCase("<a data-tm-notrack href=\"https://shop.test/unsubscribe\">unsubscribe</a>")]
    [TestCase("<a name=\"anchor\">no href</a>")]
    public void Links_that_must_work_untracked_are_left_alone(string anchor)
    {
        var result = Rewrite(anchor);

        Assert.That(result.Links, Is.Empty);
        Assert.That(result.Html, Does.StartWith(anchor));
    }

    [Test]
    public void Unquoted_hrefs_are_rewritten_too()
    {
        var result = Rewrite("<a href=https://shop.test/c>C</a>");

        Assert.That(result.Links, Is.EqualTo(new[] { "https://shop.test/c" }));
        Assert.That(result.Html, Does.StartWith("<a href=\"https://s.test/tm/c/0\">"));
    }

    [Test]
    public void The_open_pixel_goes_just_before_the_end_of_the_body()
    {
        var result = Rewrite("<html><body><p>Hi</p></body></html>");

        Assert.That(result.Html, Does.Match("<p>Hi</p><img src=\"https://s.test/tm/o/x\"[^>]*/></body></html>$"));
    }

    [Test]
    public void Without_a_body_tag_the_pixel_is_appended()
    {
        Assert.That(Rewrite("<p>Hi</p>").Html, Does.StartWith("<p>Hi</p><img src=\"https://s.test/tm/o/x\""));
    }
}
