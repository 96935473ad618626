using System.Net;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class TemplatePagesOverHttpTests
{
    private const string Base = "/Admin/TriggerMailTemplate/";

    [Test]
    public async Task The_template_list_gives_each_template_its_kind_languages_last_change_and_the_scenario_steps_using_it()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var letter = await TemplateEditorWorld.CartLetterAsync(world);
        store.Locales.SetLocalized(letter, t => t.Subject, "Dein Warenkorb", DeliveryWorld.German);
        await world.TemplateAsync("Unused", "<p>x</p>");
        await TemplateEditorWorld.ScenarioUsingAsync(store, "Abandoned cart", letter, letter);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "List");

        var json = await AdminClient.JsonAsync(await admin.PostFormAsync(Base + "List", [new("SearchName", ""), new("start", "0"), new("length", "15")], ajax: true));

        var rows = json.GetProperty("Data").EnumerateArray().ToDictionary(r => r.GetProperty("Name").GetString());
        Assert.That(json.GetProperty("RecordsTotal").GetInt32(), Is.EqualTo(3));
        Assert.That(rows.Keys, Is.EqualTo(new[] { "Layout", "Unused", "{{Customer.FirstName}}, your cart is waiting" }), "layouts first, then by name");
        Assert.That(rows["Layout"].GetProperty("Kind").GetString(), Is.EqualTo("Layout"));
        Assert.That(rows["Layout"].GetProperty("UsedBy").GetInt32(), Is.EqualTo(2), "both letters use the layout");
        var cart = rows["{{Customer.FirstName}}, your cart is waiting"];
        Assert.That(cart.GetProperty("Kind").GetString(), Is.EqualTo("Letter"));
        Assert.That(cart.GetProperty("Languages").GetString(), Is.EqualTo("English, Deutsch"));
        Assert.That(cart.GetProperty("UsedBy").GetInt32(), Is.EqualTo(2));
        Assert.That(cart.GetProperty("UsedByNames").GetString(), Is.EqualTo("Abandoned cart (Reminder 1), Abandoned cart (Reminder 2)"));
        Assert.That(rows["Unused"].GetProperty("UsedBy").GetInt32(), Is.EqualTo(0));
        Assert.That(rows["Unused"].GetProperty("Languages").GetString(), Is.EqualTo("English"));
        Assert.That(cart.GetProperty("UpdatedOn").GetString(), Is.EqualTo("2026-03-02T09:00:00Z"), "UTC, so the grid shows the admin's local time");
    }

    [Test]
    public async Task The_editor_page_shows_a_tab_per_store_language_the_layout_choice_and_the_field_list()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var letter = await TemplateEditorWorld.CartLetterAsync(world);
        store.Locales.SetLocalized(letter, t => t.Subject, "Dein Warenkorb", DeliveryWorld.German);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync(Base + "Edit/" + letter.Id);

        Assert.That(html, Does.Contain("data-tab-name=\"template-language-0\""));
        Assert.That(html, Does.Contain("data-tab-name=\"template-language-2\""));
        Assert.That(html, Does.Contain("name=\"Locales[1].Subject\""));
        Assert.That(html, Does.Contain("value=\"Dein Warenkorb\""));
        Assert.That(html, Does.Contain("data-insert=\"{{Customer.FirstName}}\""));
        Assert.That(html, Does.Contain("data-insert=\"{{#each Cart.Items}}"));
        Assert.That(html, Does.Contain("data-insert=\"%Order.OrderNumber%\""));
        Assert.That(html, Does.Match("<option selected=\"selected\" value=\"" + world.Layout.Id + "\">Layout</option>"));
        Assert.That(html, Does.Contain("data-menu=\"TriggerMail\""));
    }

    [Test]
    public async Task A_new_letter_starts_in_the_stores_layout()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync(Base + "Create");

        Assert.That(html, Does.Match("<option selected=\"selected\" value=\"" + world.Layout.Id + "\">Layout</option>"));
        Assert.That(html, Does.Contain("<option value=\"0\">No layout</option>"));
    }

    [Test]
    public async Task A_valid_template_posted_from_the_editor_is_stored_with_each_languages_texts()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Create");

        var response = await admin.PostFormAsync(Base + "Create",
        [
            new("Id", "0"), new("IsLayout", "false"), new("Name", "Cart reminder"), new("LayoutId", world.Layout.Id.ToString()),
            new("Subject", "Your cart, {{Customer.FirstName}}"), new("Preheader", "Still there"), new("BodyHtml", TemplateEditorWorld.CartBody),
            new("Locales[0].LanguageId", "1"), new("Locales[0].Subject", ""), new("Locales[0].BodyHtml", ""),
            new("Locales[1].LanguageId", "2"), new("Locales[1].Subject", "Dein Warenkorb, {{Customer.FirstName}}"), new("Locales[1].Preheader", ""),
            new("Locales[1].BodyHtml", "<p>Hallo {{Customer.FirstName}}</p>"), new("continueEditing", "true")
        ]);

        var saved = store.Query<EmailTemplate>(q => q.Where(t => !t.IsLayout)).Single();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(Base + "Edit/" + saved.Id));
        Assert.That((saved.Name, saved.Subject, saved.LayoutId), Is.EqualTo(("Cart reminder", "Your cart, {{Customer.FirstName}}", (int?)world.Layout.Id)));
        Assert.That(saved.BodyHtml, Is.EqualTo(TemplateEditorWorld.CartBody));
        Assert.That(await store.Locales.GetLocalizedAsync(saved, t => t.Subject, DeliveryWorld.German, false), Is.EqualTo("Dein Warenkorb, {{Customer.FirstName}}"));
        Assert.That(await store.Locales.GetLocalizedAsync(saved, t => t.BodyHtml, DeliveryWorld.German, false), Is.EqualTo("<p>Hallo {{Customer.FirstName}}</p>"));
        Assert.That(await store.Locales.GetLocalizedAsync(saved, t => t.Subject, DeliveryWorld.English, false), Is.Null.Or.Empty);
        Assert.That(site.Notifications.Notifications.Single().Message, Is.EqualTo("The template 'Cart reminder' has been saved."));
    }

    [Test]
    public async Task A_broken_body_is_refused_with_the_error_at_its_line_and_column_beside_the_field_and_the_entered_text_kept()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var letter = await TemplateEditorWorld.CartLetterAsync(world);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + letter.Id);
        const string broken = "<p>Hello</p>\n<ul>\n  {{#each Cart.Items}}<li>{{Name}}</li>\n</ul>";

        var response = await admin.PostFormAsync(Base + "Edit",
        [
            new("Id", letter.Id.ToString()), new("IsLayout", "false"), new("Name", "Renamed"), new("LayoutId", world.Layout.Id.ToString()),
            new("Subject", "Your cart"), new("BodyHtml", broken),
            new("Locales[0].LanguageId", "1"), new("Locales[1].LanguageId", "2"), new("Locales[1].BodyHtml", "<p>Hallo\n{{/if}}</p>")
        ]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Match("data-valmsg-for=\"BodyHtml\"[^>]*>Line 3, column 3: &#x27;\\{\\{#each\\}\\}&#x27; is never closed"));
        Assert.That(html, Does.Match("data-valmsg-for=\"Locales\\[1\\].BodyHtml\"[^>]*>Line 2, column 1: "));
        Assert.That(html, Does.Contain(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(broken)));
        Assert.That(html, Does.Contain("value=\"Renamed\""));
        var stored = store.Query<EmailTemplate>(q => q.Where(t => t.Id == letter.Id)).Single();
        Assert.That((stored.Name, stored.BodyHtml), Is.EqualTo((letter.Name, letter.BodyHtml)), "nothing is written");
        Assert.That(await store.Locales.GetLocalizedAsync(stored, t => t.BodyHtml, DeliveryWorld.German, false), Is.Null.Or.Empty);
    }

    [Test]
    public async Task The_live_preview_renders_unsaved_texts_with_sample_data_inside_the_layout()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Create");

        var json = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "Preview", new
        {
            LayoutId = world.Layout.Id, Subject = "{{Customer.FirstName}}, your cart is waiting", Preheader = "Still there", BodyHtml = TemplateEditorWorld.CartBody
        }));

        Assert.That(json.GetProperty("Success").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("Subject").GetString(), Is.EqualTo("Jane, your cart is waiting"));
        Assert.That(json.GetProperty("RenderedFor").GetString(), Is.EqualTo("sample data"));
        var html = json.GetProperty("Html").GetString();
        Assert.That(html, Does.StartWith("<html><body><h1>Sample store</h1>"));
        Assert.That(html, Does.Contain("Hi Jane, you left something behind"));
        Assert.That(html, Does.Contain("<td>Sample product 3</td>"));
        Assert.That(html, Does.Contain(">Still there</div>"));
        Assert.That(store.Mail.Sent, Is.Empty);
    }

    [Test]
    public async Task The_live_preview_renders_as_a_customer_chosen_by_email_with_her_cart_and_in_the_chosen_language()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        await world.AddToCartAsync(ann, await world.ProductAsync("Desk lamp", 39m), 2);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Create");

        var json = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "Preview", new
        {
            LanguageId = DeliveryWorld.German, Subject = "", BodyHtml = "", DefaultSubject = "Dein Warenkorb, {{Customer.FirstName}}",
            DefaultBodyHtml = TemplateEditorWorld.CartBody, Customer = " ann@example.com "
        }));

        Assert.That(json.GetProperty("Success").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("Subject").GetString(), Is.EqualTo("Dein Warenkorb, Ann"));
        Assert.That(json.GetProperty("RenderedFor").GetString(), Is.EqualTo("Ann Smith <ann@example.com>"));
        Assert.That(json.GetProperty("Html").GetString(), Does.Contain("<td>Desk lamp</td><td>2</td><td>78.00 USD</td>"));
    }

    [Test]
    public async Task The_live_preview_answers_errors_with_their_language_field_line_and_column()
    {
        await using var store = await StoreHarness.StartAsync();
        await DeliveryWorld.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Create");

        var json = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "Preview", new
        {
            LanguageId = DeliveryWorld.German, Subject = "Hallo {{Customer.FirstName", BodyHtml = "<p>a</p>\n<p>b</p>\n<p>{{#if Order}}x</p>",
            DefaultSubject = "Hello", DefaultBodyHtml = "<p>ok</p>", Customer = "nobody@example.com"
        }));

        var errors = json.GetProperty("Errors").EnumerateArray().Select(e => (e.GetProperty("LanguageId").GetInt32(), e.GetProperty("Field").GetString(),
            e.GetProperty("Line").GetInt32(), e.GetProperty("Column").GetInt32())).ToList();
        Assert.That(json.GetProperty("Success").GetBoolean(), Is.False);
        Assert.That(errors, Is.EqualTo(new[] { (2, "Subject", 1, 7), (2, "BodyHtml", 3, 4), (2, "Customer", 0, 0) }));
        Assert.That(json.GetProperty("Errors")[1].GetProperty("Text").GetString(), Does.StartWith("Line 3, column 4: "));
    }

    [Test]
    public async Task A_test_send_of_the_editor_texts_goes_to_the_typed_address_with_the_test_prefix()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Create");

        var sent = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "SendTest", new
        {
            LayoutId = world.Layout.Id, Subject = "{{Customer.FirstName}}, your cart is waiting", BodyHtml = TemplateEditorWorld.CartBody, ToAddress = "marketing@store.test"
        }));
        var refused = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "SendTest", new { Subject = "S", BodyHtml = "<p>x</p>", ToAddress = "not an address" }));

        Assert.That(sent.GetProperty("Success").GetBoolean(), Is.True);
        Assert.That(sent.GetProperty("Message").GetString(), Is.EqualTo("The test email \"[Test] Jane, your cart is waiting\" was sent to marketing@store.test."));
        var email = store.Mail.Sent.Single();
        Assert.That((email.ToAddress, email.Subject), Is.EqualTo(("marketing@store.test", "[Test] Jane, your cart is waiting")));
        Assert.That(email.Body, Does.Contain("Hi Jane, you left something behind"));
        Assert.That(refused.GetProperty("Success").GetBoolean(), Is.False);
        Assert.That(refused.GetProperty("Message").GetString(), Is.EqualTo("'not an address' is not an email address. (Parameter 'toAddress')"));
        Assert.That(store.Query<Message>(), Is.Empty);
    }

    [Test]
    public async Task Deleting_a_template_a_scenario_step_uses_is_refused_naming_the_scenario()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var letter = await TemplateEditorWorld.CartLetterAsync(world);
        await TemplateEditorWorld.ScenarioUsingAsync(store, "Abandoned cart", letter);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + letter.Id);

        var refused = await admin.PostFormAsync(Base + "Delete/" + letter.Id, []);
        var refusedLayout = await admin.PostFormAsync(Base + "Delete/" + world.Layout.Id, []);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.Headers.Location!.ToString(), Is.EqualTo(Base + "Edit/" + letter.Id));
        Assert.That(store.Query<EmailTemplate>(), Has.Count.EqualTo(2));
        Assert.That(site.Notifications.Notifications.Select(n => n.Message), Is.EqualTo(new[]
        {
            $"The template '{letter.Name}' cannot be deleted: it is used by Abandoned cart (step Reminder 1). Pick another template in those steps first.",
            $"The layout 'Layout' cannot be deleted: the letters {letter.Name} use it. Pick another layout in those letters first."
        }));
    }

    [Test]
    public async Task Deleting_an_unused_template_removes_it_and_returns_to_the_list()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var letter = await world.TemplateAsync("Old", "<p>old</p>");
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + letter.Id);

        var response = await admin.PostFormAsync(Base + "Delete/" + letter.Id, []);

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(Base + "List"));
        Assert.That(store.Query<EmailTemplate>().Select(t => t.Name), Is.EqualTo(new[] { "Layout" }));
    }

    [Test]
    public async Task The_template_pages_are_denied_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var letter = await world.TemplateAsync("Kept", "<p>x</p>");
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + letter.Id);
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);

        var list = await admin.Http.GetAsync(Base + "List");
        var preview = await admin.PostJsonAsync(Base + "Preview", new { Subject = "S", BodyHtml = "<p>x</p>" });
        var delete = await admin.PostFormAsync(Base + "Delete/" + letter.Id, []);

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(list.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That((await AdminClient.JsonAsync(preview)).TryGetProperty("error", out _), Is.True);
        Assert.That(delete.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That(store.Query<EmailTemplate>(q => q.Where(t => t.Id == letter.Id)), Has.Count.EqualTo(1));
        Assert.That(store.Mail.Sent, Is.Empty);
    }
}
