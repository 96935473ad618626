using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Templates.Core;

[TestFixture]
public class TemplateEngineTests
{
    private readonly TemplateEngine _engine = new();

    [Test]
    public void Customer_data_is_html_escaped_in_the_body()
    {
        var model = new EmailModel { Customer = new CustomerData { FirstName = "<script>alert(1)</script>" } };

        var rendered = _engine.Compile(new TemplateSource("Hi", null, "<p>{{Customer.FirstName}}</p>")).Render(model);

        Assert.That(rendered.HtmlBody, Is.EqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    }

    [Test]
    public void The_subject_is_plain_text_on_one_line()
    {
        var model = new EmailModel { Customer = new CustomerData { FirstName = "Tom & Jerry\r\nBcc: x@evil.test" } };

        var rendered = _engine.Compile(new TemplateSource("Hi {{Customer.FirstName}}", null, "<p></p>")).Render(model);

        Assert.That(rendered.Subject, Is.EqualTo("Hi Tom & Jerry Bcc: x@evil.test"));
    }

    [Test]
    public void Nop_tokens_are_mapped_onto_the_model()
    {
        var model = SampleEmailModel.Create();

        var rendered = _engine.Compile(new TemplateSource("%Store.Name%: order %Order.OrderNumber%", null,
            "<p>Dear %Customer.FullName%, total %Order.OrderTotal%</p>%Order.Product(s)%")).Render(model);

        Assert.That(rendered.Subject, Is.EqualTo("Sample store: order 1001"));
        Assert.That(rendered.HtmlBody, Does.StartWith("<p>Dear Jane Doe, total $145.00</p><table class=\"order-items\">"));
        Assert.That(rendered.HtmlBody, Does.Contain("<a href=\"https://example.com/sample-product-2\">Sample product 2</a>"));
    }

    [Test]
    public void The_layout_wraps_the_letter_and_the_preheader_comes_first_and_hidden()
    {
        var source = new TemplateSource("S", "Only today", "<p>Letter</p>", "<main>{{{Body}}}</main><footer>{{Store.Address}} {{Links.Unsubscribe}}</footer>");

        var rendered = _engine.Compile(source).Render(SampleEmailModel.Create());

        Assert.That(rendered.HtmlBody, Does.Match("^<main><div style=\"display:none[^\"]*\">Only today</div><p>Letter</p></main>"));
        Assert.That(rendered.HtmlBody, Does.EndWith("<footer>1 Sample Street, Sampletown https://example.com/triggermail/unsubscribe/sample</footer>"));
    }

    [Test]
    public void The_date_and_money_helpers_format_in_the_customers_culture()
    {
        var model = new EmailModel { Culture = "de-DE", Order = new OrderData { CreatedOnUtc = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc) } };

        var rendered = _engine.Compile(new TemplateSource("S", null, "{{date Order.CreatedOnUtc \"d\"}} {{money 1234.5 \"EUR\"}}")).Render(model);

        Assert.That(rendered.HtmlBody, Is.EqualTo("02.03.2026 1.234,50 EUR"));
    }

    [Test]
    public void A_compiled_template_is_reused_for_the_same_text()
    {
        var first = _engine.Compile(new TemplateSource("S", null, "<p>{{Customer.Email}}</p>"));

        var second = _engine.Compile(new TemplateSource("S", null, "<p>{{Customer.Email}}</p>"));

        Assert.That(second, Is.SameAs(first));
    }

    [TestCase("<p>\n  {{#each Cart.Items}}\n<b>x</b>", 2, 3, "never closed")]
    [TestCase("<p>{{#if Order}}x{{/each}}</p>", 1, 18, "expected '{{/if}}'")]
    [TestCase("line one\nline two {{Customer.Name", 2, 10, "not closed")]
    [TestCase("<p>\n\n   %Customer.Nickname%</p>", 3, 4, "Unknown token %Customer.Nickname%")]
    public void A_broken_body_is_reported_with_line_and_column(string body, int line, int column, string message)
    {
        var errors = _engine.Check(new TemplateSource("S", null, body));

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Field, Is.EqualTo(TemplateFields.Body));
        Assert.That((errors[0].Line, errors[0].Column), Is.EqualTo((line, column)));
        Assert.That(errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void A_layout_without_the_body_placeholder_is_rejected()
    {
        var errors = _engine.Check(new TemplateSource("S", null, "<p></p>", "<html>{{Store.Name}}</html>"));

        Assert.That(errors.Single().Field, Is.EqualTo(TemplateFields.Layout));
    }

    [Test]
    public void Compiling_a_broken_template_throws_with_every_error()
    {
        var exception = Assert.Throws<TemplateCompileException>(() => _engine.Compile(new TemplateSource("{{#if x}}", null, "{{/each}}")));

        Assert.That(exception.Errors.Select(e => e.Field), Is.EqualTo(new[] { TemplateFields.Subject, TemplateFields.Body }));
    }

    [Test]
    public void A_template_reads_only_the_model_it_is_given()
    {
        var rendered = _engine.Compile(new TemplateSource("S", null, "[{{Customer.GetType}}][{{Environment.MachineName}}][{{Customer.Email.Length}}]"))
            .Render(new EmailModel { Customer = new CustomerData { Email = "a@b.c" } });

        Assert.That(rendered.HtmlBody, Does.Not.Contain(Environment.MachineName));
        Assert.That(rendered.HtmlBody, Does.Not.Contain("CustomerData"));
    }
}
