using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Templates;

[TestFixture]
public class EmailTemplateServiceTests
{
    [Test]
    public async Task A_broken_template_is_rejected_at_save_with_line_and_column_and_nothing_is_saved()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<EmailTemplateService>();
        var template = new EmailTemplate { Name = "Cart reminder", Subject = "Your cart", BodyHtml = "<p>Hello</p>\n<ul>\n  {{#each Cart.Items}}<li>{{Name}}</li>\n</ul>" };

        var exception = Assert.ThrowsAsync<TemplateCompileException>(() => service.SaveAsync(template));

        var error = exception.Errors.Single();
        Assert.That((error.Field, error.Line, error.Column), Is.EqualTo((TemplateFields.Body, 3, 3)));
        Assert.That(exception.Message, Does.Contain("BodyHtml (3:3)"));
        Assert.That(store.Query<EmailTemplate>(), Is.Empty);
    }

    [Test]
    public async Task A_template_calling_an_unknown_helper_is_rejected_at_save()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<EmailTemplateService>();
        var template = new EmailTemplate { Name = "Evil", Subject = "S", BodyHtml = "<p>{{exec \"cat /etc/passwd\"}}</p>" };

        var exception = Assert.ThrowsAsync<TemplateCompileException>(() => service.SaveAsync(template));

        Assert.That(exception.Errors.Single().Message, Does.Contain("fails when rendered"));
    }

    [Test]
    public async Task A_valid_template_is_saved_and_its_german_version_is_validated_too()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        using var scope = store.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<EmailTemplateService>();
        var template = new EmailTemplate { Name = "Welcome", Subject = "Welcome", BodyHtml = "<p>Hi {{Customer.Greeting}}</p>", LayoutId = world.Layout.Id };

        await service.SaveAsync(template);
        var germanError = Assert.ThrowsAsync<TemplateCompileException>(() =>
            service.SaveLocalizedAsync(template, DeliveryWorld.German, "Willkommen", null, "<p>Hallo {{#if x}}</p>"));
        await service.SaveLocalizedAsync(template, DeliveryWorld.German, "Willkommen", null, "<p>Hallo {{Customer.Greeting}}</p>");

        Assert.That(store.Query<EmailTemplate>(q => q.Where(t => !t.IsLayout)).Single().CreatedOnUtc, Is.EqualTo(store.Clock.UtcNow));
        Assert.That(germanError.Errors.Single().Line, Is.EqualTo(1));
        Assert.That(await store.Locales.GetLocalizedAsync(template, t => t.Subject, DeliveryWorld.German), Is.EqualTo("Willkommen"));
    }

    [Test]
    public async Task A_preview_renders_with_sample_data_or_as_a_chosen_customer()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        await world.AddToCartAsync(ann, await world.ProductAsync("Lamp", 30m), 1);
        var template = await world.TemplateAsync("For {{Customer.FirstName}}", "{{#each Cart.Items}}{{Name}}{{/each}}");
        using var scope = store.CreateScope();
        var previews = scope.ServiceProvider.GetRequiredService<TemplatePreviewService>();

        var sample = await previews.PreviewAsync(template.Id, world.Shop.Id);
        var asAnn = await previews.PreviewAsync(template.Id, world.Shop.Id, customerId: ann.Id);

        Assert.That(sample.Subject, Is.EqualTo("For Jane"));
        Assert.That(sample.HtmlBody, Does.Contain("Sample product 1"));
        Assert.That(asAnn.Subject, Is.EqualTo("For Ann"));
        Assert.That(asAnn.HtmlBody, Does.Contain("Lamp"));
        Assert.That(store.Mail.Sent, Is.Empty);
    }

    [Test]
    public async Task A_test_send_goes_to_the_typed_address_without_unsubscribe_headers()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var template = await world.TemplateAsync("Hello {{Customer.FirstName}}", "<p>Hello</p>");
        using var scope = store.CreateScope();
        var previews = scope.ServiceProvider.GetRequiredService<TemplatePreviewService>();

        await previews.SendTestAsync(" admin@store.test ", template.Id, world.Shop.Id);

        var email = store.Mail.Sent.Single();
        Assert.That(email.ToAddress, Is.EqualTo("admin@store.test"));
        Assert.That(email.Subject, Is.EqualTo("[Test] Hello Jane"));
        Assert.That(email.Headers, Is.Empty);
        Assert.That(store.Query<Message>(), Is.Empty);
    }

    [Test]
    public async Task A_test_send_to_something_that_is_not_an_address_is_refused()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var template = await world.TemplateAsync("Hello", "<p>Hello</p>");
        using var scope = store.CreateScope();
        var previews = scope.ServiceProvider.GetRequiredService<TemplatePreviewService>();

        var exception = Assert.ThrowsAsync<ArgumentException>(() => previews.SendTestAsync("not an address", template.Id, world.Shop.Id));

        Assert.That(exception.ParamName, Is.EqualTo("toAddress"));
        Assert.That(store.Mail.Sent, Is.Empty);
    }

    [Test]
    public async Task The_store_logo_and_greeting_fallback_reach_the_model()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.Settings.SaveSettingAsync(new Nop.Core.Domain.StoreInformationSettings { LogoPictureId = 77 });
        var world = await DeliveryWorld.CreateAsync(store);
        var nameless = await world.CustomerAsync("x@example.com", firstName: null);
        var template = await world.TemplateAsync("Hello", "{{Store.LogoUrl}}|{{Customer.Greeting}}", withLayout: false);
        using var scope = store.CreateScope();

        var preview = await scope.ServiceProvider.GetRequiredService<TemplatePreviewService>().PreviewAsync(template.Id, world.Shop.Id, customerId: nameless.Id);

        Assert.That(preview.HtmlBody, Is.EqualTo("https://store.test/images/thumbs/0000077_0.png|Smith"));
    }
}
