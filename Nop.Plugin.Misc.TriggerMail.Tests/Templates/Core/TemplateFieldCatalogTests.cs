using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Templates.Core;

[TestFixture]
public class TemplateFieldCatalogTests
{
    private readonly TemplateEngine _engine = new();

    [Test]
    public void Every_field_the_editor_offers_compiles_and_renders_with_sample_data()
    {
        var failures = new List<string>();

        foreach (var field in TemplateFieldCatalog.All)
        {
            var source = new TemplateSource("S", null, "<p>" + field.Insert + "</p>");
            var errors = _engine.Check(source);
            if (errors.Count > 0)
                failures.Add($"{field.Label}: {string.Join("; ", errors)}");
            else if (_engine.Compile(source).Render(SampleEmailModel.Create()).HtmlBody == "<p></p>" && field.Group != TemplateFieldCatalog.HelpersGroup)
                failures.Add($"{field.Label}: renders nothing with sample data");
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void The_catalog_lists_each_part_of_the_model_the_loops_the_helpers_and_every_nop_token()
    {
        var inserts = TemplateFieldCatalog.All.Select(f => f.Insert).ToList();

        Assert.That(inserts, Does.Contain("{{Customer.Greeting}}").And.Contain("{{Store.Address}}").And.Contain("{{Links.Unsubscribe}}"));
        Assert.That(inserts, Does.Contain("{{#each Cart.Items}}{{Name}} {{Sku}} {{Attributes}}{{/each}}"));
        Assert.That(inserts, Does.Contain("{{#each Recommended}}{{Name}} {{Price}} {{PictureUrl}}{{/each}}"));
        Assert.That(inserts, Does.Contain("{{date Order.CreatedOnUtc \"d\"}}"));
        Assert.That(TemplateFieldCatalog.All.Count(f => f.Group == TemplateFieldCatalog.TokensGroup), Is.EqualTo(NopTokenMapper.Tokens.Count));
    }
}
