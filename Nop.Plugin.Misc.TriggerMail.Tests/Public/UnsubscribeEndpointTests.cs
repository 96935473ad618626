using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Public.Controllers;
using Nop.Plugin.Misc.TriggerMail.Public.Models;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Services.Localization;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Public;

/// <summary>
/// The public unsubscribe endpoints over HTTP (ASP.NET Core TestServer, the plugin's own route provider and
/// controller), with services from the store harness.
/// </summary>
[TestFixture]
public class UnsubscribeEndpointTests
{
    [Test]
    public async Task One_click_unsubscribe_works_without_a_cookie_or_antiforgery_token_and_stops_the_next_send()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        var template = await world.TemplateAsync("News", "<p>News</p>");
        await world.MessageAsync(ann, template, scenarioId: 7);
        await world.DeliverAsync();
        var oneClickUrl = OneClickUrl(store.Mail.Sent.Single().Headers["List-Unsubscribe"]);
        await using var app = await StartAsync(store);
        using var client = app.GetTestClient();

        var response = await client.PostAsync(oneClickUrl, OneClickBody());
        var repeated = await client.PostAsync(oneClickUrl, OneClickBody());
        await world.MessageAsync(ann, await world.TemplateAsync("Other scenario", "<p>More</p>"), scenarioId: 9);
        await world.DeliverAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        Assert.That(repeated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var suppression = store.Query<Suppression>().Single();
        Assert.That((suppression.Email, suppression.ScenarioId, suppression.Reason), Is.EqualTo(("ann@example.com", 0, SuppressionReason.Unsubscribed)));
        Assert.That(store.Mail.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_forged_token_is_refused()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        var forger = new UnsubscribeLinks(new Nop.Plugin.Misc.TriggerMail.Common.TokenSigner(new TriggerMailSettings { TokenSecret = "guessed" }));
        await using var app = await StartAsync(store);
        using var client = app.GetTestClient();

        var forged = await client.PostAsync($"/{TriggerMailDefaults.Routes.UnsubscribePath}/{forger.Token(message.MessageGuid)}", OneClickBody());
        var sequential = await client.PostAsync($"/{TriggerMailDefaults.Routes.UnsubscribePath}/{message.Id}", OneClickBody());

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(sequential.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(store.Query<Suppression>(), Is.Empty);
    }

    [Test]
    public async Task The_confirm_page_offers_this_scenario_or_all_marketing_in_the_visitors_language()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        await store.Locales.AddOrUpdateLocaleResourceAsync(new Dictionary<string, string>
        {
            [$"{TriggerMailDefaults.LocalePrefix}.Unsubscribe.ThisScenario"] = "Nur E-Mails wie diese"
        });
        using var scope = store.CreateScope();
        var controller = Controller(scope.ServiceProvider);
        var token = scope.ServiceProvider.GetRequiredService<UnsubscribeLinks>().Token(message.MessageGuid);

        var result = (ViewResult)await controller.Index(token);

        var model = (UnsubscribeModel)result.Model;
        Assert.That(result.ViewName, Is.EqualTo(TriggerMailUnsubscribeController.ViewPath));
        Assert.That(model.IsValid, Is.True);
        Assert.That(model.ScenarioOption, Is.EqualTo("Nur E-Mails wie diese"));
        Assert.That(model.AllMarketingOption, Does.StartWith("All marketing emails"));
        Assert.That(store.Query<Suppression>(), Is.Empty);
    }

    [Test]
    public async Task Confirming_this_scenario_on_the_page_suppresses_only_that_scenario()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"), scenarioId: 7);
        using var scope = store.CreateScope();
        var controller = Controller(scope.ServiceProvider);
        controller.ControllerContext.HttpContext.Request.ContentType = "application/x-www-form-urlencoded";
        controller.ControllerContext.HttpContext.Request.Form = new FormCollection(new() { ["scope"] = "scenario" });
        var token = scope.ServiceProvider.GetRequiredService<UnsubscribeLinks>().Token(message.MessageGuid);

        var result = (ViewResult)await controller.IndexPost(token);

        Assert.That(((UnsubscribeModel)result.Model).IsDone, Is.True);
        Assert.That(store.Query<Suppression>().Single().ScenarioId, Is.EqualTo(7));
    }

    [Test]
    public async Task A_forged_link_shows_the_invalid_link_page()
    {
        await using var store = await StoreHarness.StartAsync();
        await DeliveryWorld.CreateAsync(store);
        using var scope = store.CreateScope();
        var controller = Controller(scope.ServiceProvider);

        var result = (ViewResult)await controller.Index("forged.token");

        Assert.That(((UnsubscribeModel)result.Model).IsValid, Is.False);
        Assert.That(controller.Response.StatusCode, Is.EqualTo(StatusCodes.Status404NotFound));
    }

    private static TriggerMailUnsubscribeController Controller(IServiceProvider services)
    {
        return new TriggerMailUnsubscribeController(services.GetRequiredService<UnsubscribeService>(),
            services.GetRequiredService<ILocalizationService>(), services.GetRequiredService<Nop.Plugin.Misc.TriggerMail.Common.StoreSettings>())
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    private static FormUrlEncodedContent OneClickBody() => new([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]);

    private static string OneClickUrl(string listUnsubscribe)
    {
        var https = listUnsubscribe.Split(", ")[0].Trim('<', '>');
        return new Uri(https).PathAndQuery;
    }

    private static async Task<WebApplication> StartAsync(StoreHarness store)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddControllersWithViews().AddApplicationPart(StoreHarness.PluginAssembly);
        builder.Services.AddScoped(_ => store.CreateScope());
        builder.Services.AddScoped(sp => sp.GetRequiredService<IServiceScope>().ServiceProvider.GetRequiredService<UnsubscribeService>());
        builder.Services.AddScoped(sp => sp.GetRequiredService<IServiceScope>().ServiceProvider.GetRequiredService<ILocalizationService>());
        builder.Services.AddScoped(sp => sp.GetRequiredService<IServiceScope>().ServiceProvider.GetRequiredService<TriggerMailSettings>());
        builder.Services.AddScoped(sp => sp.GetRequiredService<IServiceScope>().ServiceProvider.GetRequiredService<Nop.Plugin.Misc.TriggerMail.Common.StoreSettings>());

        var app = builder.Build();
        app.UseRouting();
        new RouteProvider().RegisterRoutes(app);
        await app.StartAsync();
        return app;
    }
}
