using System.Net;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class TemplateLayoutOverHttpTests
{
    private const string Base = "/Admin/TriggerMailTemplate/";

    [Test]
    public async Task A_layout_without_the_body_placeholder_is_refused_beside_its_html_and_a_valid_one_is_stored_per_language()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + world.Layout.Id);

        var refused = await admin.PostFormAsync(Base + "Edit",
        [
            new("Id", world.Layout.Id.ToString()), new("IsLayout", "true"), new("Name", "Layout"), new("BodyHtml", "<html><body>{{Store.Name}}</body></html>"),
            new("Locales[0].LanguageId", "1"), new("Locales[1].LanguageId", "2")
        ]);
        var saved = await admin.PostFormAsync(Base + "Edit",
        [
            new("Id", world.Layout.Id.ToString()), new("IsLayout", "true"), new("Name", "Layout"), new("BodyHtml", "<main>{{{Body}}}</main>"),
            new("Locales[0].LanguageId", "1"), new("Locales[1].LanguageId", "2"), new("Locales[1].BodyHtml", "<main lang=\"de\">{{{Body}}}</main>")
        ]);

        var html = await refused.Content.ReadAsStringAsync();
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Match("data-valmsg-for=\"BodyHtml\"[^>]*>The layout must contain \\{\\{\\{Body\\}\\}\\}"));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var layout = store.Query<EmailTemplate>(q => q.Where(t => t.Id == world.Layout.Id)).Single();
        Assert.That((layout.BodyHtml, layout.IsLayout, layout.Subject), Is.EqualTo(("<main>{{{Body}}}</main>", true, (string)null)));
        Assert.That(await store.Locales.GetLocalizedAsync(layout, t => t.BodyHtml, DeliveryWorld.German, false), Is.EqualTo("<main lang=\"de\">{{{Body}}}</main>"));
    }

    [Test]
    public async Task The_preview_of_a_layout_shows_a_sample_letter_inside_it()
    {
        await using var store = await StoreHarness.StartAsync();
        await DeliveryWorld.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Create?layout=true");

        var json = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "Preview", new
        {
            IsLayout = true, BodyHtml = "<header>{{Store.Name}}</header>{{{Body}}}<footer>{{Store.Address}}</footer>"
        }));

        Assert.That(json.GetProperty("Success").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("Html").GetString(), Is.EqualTo(
            "<header>Sample store</header><p>Hello Jane,</p><p>This is where each letter goes.</p><footer>1 Sample Street, Sampletown</footer>"));
    }
}
