using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;
using NUnit.Framework;
using OpenQA.Selenium;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

[TestFixture]
[NonParallelizable]
public class TemplateEditorBrowserTests
{
    private const string Layout =
        "<html><body style=\"margin:0;background:#f4f1ec;font-family:Helvetica,Arial,sans-serif;color:#333\">\n"
        + "<div style=\"max-width:560px;margin:0 auto;background:#fff\">\n"
        + "<div style=\"background:#2f4f4f;color:#fff;padding:18px 24px;font-size:22px;letter-spacing:1px\">{{Store.Name}}</div>\n"
        + "<div style=\"padding:24px\">{{{Body}}}</div>\n"
        + "<div style=\"padding:16px 24px;font-size:12px;color:#888;border-top:1px solid #eee\">{{Store.CompanyName}} · {{Store.Address}}{{#if Links.Unsubscribe}}<br><a href=\"{{Links.Unsubscribe}}\" style=\"color:#888\">Unsubscribe</a>{{/if}}</div>\n"
        + "</div></body></html>";

    private const string CartLetter =
        "<h2 style=\"margin-top:0\">{{Customer.Greeting}}, you left something behind</h2>\n"
        + "<p>Your cart is saved. Complete your order before these items sell out:</p>\n"
        + "<table style=\"width:100%;border-collapse:collapse\">\n"
        + "{{#each Cart.Items}}\n"
        + "  <tr style=\"border-bottom:1px solid #eee\"><td style=\"padding:8px 0\"><a href=\"{{ProductUrl}}\" style=\"color:#2f4f4f\">{{Name}}</a></td><td>× {{Quantity}}</td><td style=\"text-align:right\">{{Total}}</td></tr>\n"
        + "{{/each}}\n"
        + "</table>\n"
        + "<p style=\"text-align:right\"><strong>Subtotal: {{Cart.Subtotal}}</strong></p>\n"
        + "<p style=\"text-align:center\"><a href=\"{{Cart.Url}}\" style=\"display:inline-block;background:#c0634a;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none\">Return to your cart</a></p>\n"
        + "{{#if Recommended}}<p>You may also like: {{#each Recommended}}{{Name}} ({{Price}}) {{/each}}</p>{{/if}}";

    [Test]
    public async Task A_template_error_is_shown_at_its_line_as_you_type_and_on_save_and_once_fixed_the_preview_greets_the_chosen_customer()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await RealisticStoreAsync(store);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailTemplate/Create");
        browser.Type("#Name", "Cart reminder");
        browser.SelectValue("#LayoutId", world.Layout.Id.ToString());
        browser.Type("#Subject", "Your cart is waiting");
        browser.Type("#BodyHtml", "<h2>Hello {{Customer.FirstName}}</h2>\n<ul>\n{{#each Cart.Items}}<li>{{Name}}</li>\n</ul>");
        browser.WaitForText(".tm-live-errors[data-for=BodyHtml]", "Line 3, column 1:");
        var liveError = browser.Find(".tm-live-errors[data-for=BodyHtml]").Text;
        var markedLine = browser.Find(".tm-gutter .tm-bad").Text;
        browser.Click("#template-save-continue");
        browser.WaitForText("[data-valmsg-for=BodyHtml]", "Line 3, column 1:");
        browser.Wait(d => d.FindElements(By.CssSelector(".tm-gutter .tm-bad")).Any(e => e.Text == "3"), "the live check to mark line 3 after the save");
        var savedError = browser.Find("[data-valmsg-for=BodyHtml]").Text;
        browser.Script("window.scrollTo(0, 0);");
        browser.Screenshot("template-error");
        var keptBody = browser.Find("#BodyHtml").GetAttribute("value");
        var storedAfterRefusal = store.Query<EmailTemplate>(q => q.Where(t => !t.IsLayout)).Count;

        browser.Type("#BodyHtml", "<h2>Hello {{Customer.FirstName}}</h2>\n<ul>\n{{#each Cart.Items}}<li>{{Name}}</li>{{/each}}\n</ul>");
        browser.Type("#PreviewCustomer", "ann@example.com");
        browser.WaitForText("#preview-for", "Ann Smith <ann@example.com>");
        browser.Wait(_ => PreviewHtml(browser).Contains("Hello Ann"), "the preview to greet Ann");
        var errorsAfterFix = browser.FindAll(".tm-live-errors .tm-error").Count;
        var previewAfterFix = PreviewHtml(browser);
        browser.Click("#template-save-continue");
        browser.Wait(d => d.Url.Contains("/Admin/TriggerMailTemplate/Edit/"), "the editor of the saved template");

        Assert.That(liveError, Does.Contain("'{{#each}}' is never closed with '{{/each}}'"));
        Assert.That(savedError, Is.EqualTo(liveError), "the save refuses with the same error beside the field");
        Assert.That(markedLine, Is.EqualTo("3"), "the gutter marks the line");
        Assert.That(keptBody, Is.EqualTo("<h2>Hello {{Customer.FirstName}}</h2>\n<ul>\n{{#each Cart.Items}}<li>{{Name}}</li>\n</ul>"));
        Assert.That(storedAfterRefusal, Is.EqualTo(0));
        Assert.That(errorsAfterFix, Is.EqualTo(0));
        Assert.That(previewAfterFix, Does.Contain("<h2>Hello Ann</h2>").And.Contain("<li>Ceramic table lamp</li><li>Linen throw pillow</li>"));
        var saved = store.Query<EmailTemplate>(q => q.Where(t => !t.IsLayout)).Single();
        Assert.That((saved.Name, saved.LayoutId), Is.EqualTo(("Cart reminder", (int?)world.Layout.Id)));
        Assert.That(saved.BodyHtml, Does.Contain("{{/each}}"));
        Assert.That(browser.ConsoleErrors().Where(e => !e.Contains("/favicon.ico")), Is.Empty, "the test host serves no favicon; nothing else may fail");
    }

    [Test]
    public async Task A_field_clicked_in_the_list_is_inserted_at_the_cursor_the_cart_email_previews_on_desktop_and_mobile_and_a_test_is_sent()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await RealisticStoreAsync(store);
        var letter = await world.TemplateAsync("Still thinking it over?", CartLetter, preheader: "Your cart is saved for 7 days");
        await TemplateEditorWorld.ScenarioUsingAsync(store, "Abandoned cart", letter);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address, width: 1700);

        browser.Open("/Admin/TriggerMailTemplate/Edit/" + letter.Id);
        browser.Type("#PreviewCustomer", "ann@example.com");
        browser.WaitForText("#preview-for", "Ann Smith");
        browser.Script("const s = document.getElementById('Subject'); s.focus(); s.setSelectionRange(0, 0);");
        browser.Click(".tm-field[data-insert='{{Customer.FirstName}}']");
        browser.Find("#Subject").SendKeys(", ");
        browser.WaitForText("#preview-subject", "Ann, Still thinking it over?");
        browser.Click("#preview-mobile");
        var mobileWidth = browser.Wait(d => d.FindElement(By.Id("preview-frame")).GetCssValue("width") is "375px" and var width ? width : null, "the mobile width");
        browser.Click("#preview-desktop");
        browser.Wait(d => d.FindElement(By.Id("preview-frame")).GetCssValue("width") == "600px", "the desktop width");
        browser.Type("#TestEmail", "marketing@northwind.test");
        browser.Click("#send-test");
        browser.WaitForText("#send-test-result.alert-success", "was sent to marketing@northwind.test");
        browser.Script("window.scrollTo(0, 0);");
        browser.Screenshot("template-editor");

        Assert.That(browser.Find("#Subject").GetAttribute("value"), Is.EqualTo("{{Customer.FirstName}}, Still thinking it over?"));
        Assert.That(mobileWidth, Is.EqualTo("375px"));
        Assert.That(PreviewHtml(browser), Does.Contain("Ceramic table lamp").And.Contain("Linen throw pillow").And.Contain("Northwind Home"));
        var test = store.Mail.Sent.Single();
        Assert.That((test.ToAddress, test.Subject), Is.EqualTo(("marketing@northwind.test", "[Test] Ann, Still thinking it over?")));
        Assert.That(browser.Find("#template-used-by").Text, Is.EqualTo("Abandoned cart (Reminder 1)"));
        Assert.That(browser.ConsoleErrors().Where(e => !e.Contains("/favicon.ico")), Is.Empty, "the test host serves no favicon; nothing else may fail");
    }

    private static string PreviewHtml(BrowserSession browser) => (string)browser.Script("return document.getElementById('preview-frame').srcdoc || '';");

    private static async Task<DeliveryWorld> RealisticStoreAsync(StoreHarness store)
    {
        var world = await DeliveryWorld.CreateAsync(store);
        world.Shop.Name = "Northwind Home";
        world.Shop.CompanyName = "Northwind Home Ltd";
        await store.UpdateAsync(world.Shop);
        world.Layout.BodyHtml = Layout;
        world.Layout.Name = "Northwind layout";
        await store.UpdateAsync(world.Layout);
        var ann = await world.CustomerAsync();
        await world.AddToCartAsync(ann, await world.ProductAsync("Ceramic table lamp", 89m), 1);
        await world.AddToCartAsync(ann, await world.ProductAsync("Linen throw pillow", 34.5m), 2);
        return world;
    }
}
