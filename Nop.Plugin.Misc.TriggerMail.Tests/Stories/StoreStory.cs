using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Stories;

/// <summary>
/// A store story told the way the store lives it: the admin sets a scenario up with the plugin's own services
/// (preset, templates, activation), customers act through the host's events, and time passes while the plugin's
/// scheduled tasks run as nopCommerce runs them — scan, chains, delivery, statistics.
/// </summary>
public sealed class StoreStory
{
    private StoreStory(StoreHarness store, DeliveryWorld world)
    {
        Store = store;
        World = world;
    }

    public StoreHarness Store { get; }

    public DeliveryWorld World { get; }

    public static async Task<StoreStory> CreateAsync(StoreHarness store) => new(store, await DeliveryWorld.CreateAsync(store));

    /// <summary>The admin's path: a preset as draft, a template for each send step, trigger settings, activation.</summary>
    public async Task<Scenario> ActivatePresetAsync(ScenarioPreset preset, IReadOnlyDictionary<string, EmailTemplate> templates, string triggerSettingsJson = null)
    {
        using var scope = Store.CreateScope();
        var services = scope.ServiceProvider;
        var scenario = await services.GetRequiredService<ScenarioPresets>().CreateDraftAsync(preset);

        var stepRepository = services.GetRequiredService<IRepository<ScenarioStep>>();
        foreach (var step in stepRepository.Table.Where(s => s.ScenarioId == scenario.Id && s.StepKindId == (int)StepKind.SendEmail).ToList())
        {
            var settings = (SendEmailSettings)StepSettingsJson.Parse(StepKind.SendEmail, step.SettingsJson, step.StepKey);
            step.SettingsJson = StepSettingsJson.Write(settings with { TemplateId = templates[step.StepKey].Id });
            await stepRepository.UpdateAsync(step);
        }

        scenario.TriggerSettingsJson = triggerSettingsJson;
        var errors = await services.GetRequiredService<ScenarioActivation>().ActivateAsync(scenario);
        if (errors.Count > 0)
            throw new InvalidOperationException("The scenario does not activate: " + string.Join("; ", errors.Select(e => $"{e.StepKey}: {e.Message}")));
        return scenario;
    }

    /// <summary>A letter saved through the template service (so it compiles and renders with sample data first), in the store's layout.</summary>
    public async Task<EmailTemplate> TemplateAsync(string subject, string bodyHtml)
    {
        using var scope = Store.CreateScope();
        var template = new EmailTemplate { Name = subject, Subject = subject, BodyHtml = bodyHtml, LayoutId = World.Layout.Id };
        await scope.ServiceProvider.GetRequiredService<EmailTemplateService>().SaveAsync(template);
        return template;
    }

    /// <summary>She signs up on the storefront: the account is written, then nopCommerce publishes the registration.</summary>
    public async Task<Customer> RegistersAsync(string email, string firstName)
    {
        var customer = await World.CustomerAsync(email, firstName);
        await Store.PublishAsync(new CustomerRegisteredEvent(customer));
        return customer;
    }

    /// <summary>A guest who started checkout: her address (with the email) is her billing address; she subscribed to the newsletter there.</summary>
    public async Task<Customer> GuestAtCheckoutAsync(string email)
    {
        var address = await Store.InsertAsync(new Address { Email = email, FirstName = "Guest", CreatedOnUtc = Store.Clock.UtcNow });
        var guest = await Store.InsertAsync(new Customer
        {
            Active = true, RegisteredInStoreId = World.Shop.Id, BillingAddressId = address.Id, CreatedOnUtc = Store.Clock.UtcNow,
            LastActivityDateUtc = Store.Clock.UtcNow
        });
        await Store.InsertAsync(new Nop.Core.Domain.Messages.NewsLetterSubscription
        {
            NewsLetterSubscriptionGuid = Guid.NewGuid(), Email = email, Active = true, StoreId = World.Shop.Id, TypeId = 1, CreatedOnUtc = Store.Clock.UtcNow
        });
        return guest;
    }

    /// <summary>Checkout: nopCommerce writes the order (and empties the cart), then publishes OrderPlacedEvent.</summary>
    public async Task<Order> OrdersAsync(Customer customer, decimal total)
    {
        var order = await Store.InsertAsync(new Order
        {
            OrderGuid = Guid.NewGuid(), CustomerId = customer.Id, StoreId = World.Shop.Id, OrderTotal = total, OrderSubtotalInclTax = total,
            CreatedOnUtc = Store.Clock.UtcNow, OrderStatus = OrderStatus.Pending, CustomerCurrencyCode = HarnessDeliveryServices.CurrencyCode,
            CurrencyRate = 1, CustomerLanguageId = DeliveryWorld.English
        });
        foreach (var item in Store.Query<ShoppingCartItem>(q => q.Where(i => i.CustomerId == customer.Id)))
            await Store.DeleteAsync(item);
        await Store.PublishAsync(new OrderPlacedEvent(order));
        return order;
    }

    /// <summary>Time passes and every scheduled task of the plugin runs once, in the order the scheduler would pick them up.</summary>
    public async Task LaterAsync(TimeSpan wait)
    {
        Store.Clock.Advance(wait);
        await Store.RunTaskAsync(TriggerMailDefaults.Tasks.TimeTriggerScan);
        await Store.RunTaskAsync(TriggerMailDefaults.Tasks.Chains);
        await Store.RunTaskAsync(TriggerMailDefaults.Tasks.Delivery);
    }

    public async Task<EngagementFigures> FiguresAsync(int scenarioId, DateTime day)
    {
        using var scope = Store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StatisticsReader>().GetFiguresAsync(scenarioId, day, day);
    }

    /// <summary>The tracked links of a received email, as the mail client shows them: (click path, link text).</summary>
    public static List<(string Path, string Text)> TrackedLinks(string html) =>
        Regex.Matches(html, "<a[^>]*href=\"(?<url>[^\"]+)\"[^>]*>(?<text>.*?)</a>")
            .Select(m => (Url: WebUtility.HtmlDecode(m.Groups["url"].Value), Text: m.Groups["text"].Value))
            .Where(l => l.Url.StartsWith(HarnessWebHelper.StoreLocation + TriggerMailDefaults.Routes.ClickPathPrefix, StringComparison.Ordinal))
            .Select(l => (new Uri(l.Url).AbsolutePath, l.Text))
            .ToList();
}
