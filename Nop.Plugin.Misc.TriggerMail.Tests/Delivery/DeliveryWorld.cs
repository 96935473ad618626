using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Delivery;

/// <summary>
/// A store ready to send trigger mail: English (default) and German, one email account, a layout with the
/// store's address and the unsubscribe link, a customer subscribed to the newsletter, and helpers to put
/// products in her cart and hand a message to delivery as the chain engine would.
/// </summary>
public sealed class DeliveryWorld
{
    public const int English = 1;
    public const int German = 2;

    private DeliveryWorld(StoreHarness store) => Store = store;

    public StoreHarness Store { get; }

    public Store Shop { get; private set; }

    public EmailAccount Account { get; private set; }

    public EmailTemplate Layout { get; private set; }

    public static async Task<DeliveryWorld> CreateAsync(StoreHarness store)
    {
        var world = new DeliveryWorld(store);
        await store.InsertAsync(new Language { Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true, DisplayOrder = 1 });
        await store.InsertAsync(new Language { Name = "Deutsch", LanguageCulture = "de-DE", UniqueSeoCode = "de", Published = true, DisplayOrder = 2 });
        world.Shop = await store.InsertAsync(new Store
        {
            Name = "Test store", Url = HarnessWebHelper.StoreLocation, DefaultLanguageId = English, CompanyName = "Test Ltd",
            CompanyAddress = "1 Main Street, Springfield"
        });
        world.Account = await store.InsertAsync(new EmailAccount { Email = "shop@store.test", DisplayName = "Test store", MaxNumberOfEmails = 50 });
        world.Layout = await store.InsertAsync(new EmailTemplate
        {
            Name = "Layout", IsLayout = true, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow,
            BodyHtml = "<html><body><h1>{{Store.Name}}</h1>{{{Body}}}<footer>{{Store.Address}}{{#if Links.Unsubscribe}} <a href=\"{{Links.Unsubscribe}}\">Unsubscribe</a>{{/if}}</footer></body></html>"
        });
        return world;
    }

    public async Task<Customer> CustomerAsync(string email = "ann@example.com", string firstName = "Ann", int? languageId = null, bool subscribed = true)
    {
        var customer = await Store.InsertAsync(new Customer
        {
            Email = email, FirstName = firstName, LastName = "Smith", LanguageId = languageId, Active = true, RegisteredInStoreId = Shop.Id,
            CreatedOnUtc = Store.Clock.UtcNow, LastActivityDateUtc = Store.Clock.UtcNow
        });
        if (subscribed)
            await Store.InsertAsync(new NewsLetterSubscription
            {
                NewsLetterSubscriptionGuid = Guid.NewGuid(), Email = email, Active = true, StoreId = Shop.Id, TypeId = 1, CreatedOnUtc = Store.Clock.UtcNow
            });
        return customer;
    }

    public async Task<Product> ProductAsync(string name, decimal price)
    {
        return await Store.InsertAsync(new Product
        {
            Name = name, Price = price, Published = true, VisibleIndividually = true, CreatedOnUtc = Store.Clock.UtcNow, UpdatedOnUtc = Store.Clock.UtcNow
        });
    }

    public async Task AddToCartAsync(Customer customer, Product product, int quantity)
    {
        await Store.InsertAsync(new ShoppingCartItem
        {
            CustomerId = customer.Id, ProductId = product.Id, Quantity = quantity, StoreId = Shop.Id,
            ShoppingCartType = ShoppingCartType.ShoppingCart, CreatedOnUtc = Store.Clock.UtcNow, UpdatedOnUtc = Store.Clock.UtcNow
        });
    }

    public async Task<EmailTemplate> TemplateAsync(string subject, string bodyHtml, bool withLayout = true, string preheader = null)
    {
        return await Store.InsertAsync(new EmailTemplate
        {
            Name = subject, Subject = subject, Preheader = preheader, BodyHtml = bodyHtml, LayoutId = withLayout ? Layout.Id : null,
            CreatedOnUtc = Store.Clock.UtcNow, UpdatedOnUtc = Store.Clock.UtcNow
        });
    }

    /// <summary>What the chain engine writes: a Pending message for one (enrollment, step).</summary>
    public async Task<Message> MessageAsync(Customer customer, EmailTemplate template, bool transactional = false, int scenarioId = 7,
        string contextJson = null, int? orderId = null)
    {
        var enrollment = await Store.InsertAsync(new Enrollment
        {
            ScenarioId = scenarioId, ScenarioVersion = 1, CustomerId = customer.Id, StoreId = Shop.Id, Status = EnrollmentStatus.Active,
            ContextJson = contextJson, EnrolledOnUtc = Store.Clock.UtcNow
        });
        return await Store.InsertAsync(new Message
        {
            MessageGuid = Guid.NewGuid(), EnrollmentId = enrollment.Id, StepKey = "email-1", ScenarioId = scenarioId, CustomerId = customer.Id,
            StoreId = Shop.Id, TemplateId = template.Id, IsTransactional = transactional, ToEmail = customer.Email, OrderId = orderId,
            Status = MessageStatus.Pending, CreatedOnUtc = Store.Clock.UtcNow
        });
    }

    public Task DeliverAsync() => Store.RunTaskAsync(TriggerMailDefaults.Tasks.Delivery);

    public Message Reload(Message message) => Store.Query<Message>(q => q.Where(m => m.Id == message.Id)).Single();
}
