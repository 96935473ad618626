using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.TriggerMail.Admin.Controllers;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Admin.Validators;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework.Mvc.Filters;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class TriggerMailControllerTests
{
    [Test]
    public async Task The_settings_page_shows_the_saved_settings_and_the_email_accounts()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(new EmailAccount { Email = "shop@example.com", DisplayName = "Shop", Host = "smtp.example.com", Port = 587, MaxNumberOfEmails = 50 });
        using var scope = store.CreateScope();

        var view = (ViewResult)await Controller(scope).Configure();

        var model = (ConfigurationModel)view.Model!;
        Assert.That(view.ViewName, Is.EqualTo(TriggerMailController.ConfigureView));
        Assert.That(model.MaxMessagesPerMinute, Is.EqualTo(60));
        Assert.That(model.AvailableEmailAccounts.Select(a => a.Text), Is.EqualTo(new[] { "The store's default email account", "Shop (shop@example.com)" }));
    }

    [Test]
    public async Task Saving_valid_settings_stores_them_and_keeps_the_token_secret()
    {
        await using var store = await StoreHarness.StartAsync();
        var secret = (await store.Settings.LoadSettingAsync<TriggerMailSettings>()).TokenSecret;
        using var scope = store.CreateScope();
        var notifications = new Mock<INotificationService>();
        var form = await FormAsync(scope) with { MaxMessagesPerMinute = 120, QuietHoursStartHour = 22, MarketingNewsletterTypeIds = " 1, 3 " };

        var result = await Controller(scope, notifications.Object).Configure(form);

        var saved = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        Assert.That(result, Is.InstanceOf<RedirectToActionResult>());
        Assert.That((saved.MaxMessagesPerMinute, saved.QuietHoursStartHour, saved.MarketingNewsletterTypeIds), Is.EqualTo((120, 22, "1,3")));
        Assert.That(saved.TokenSecret, Is.EqualTo(secret));
        notifications.Verify(n => n.SuccessNotification("The trigger mail settings have been saved.", true, 0), Times.Once);
    }

    [Test]
    public async Task Invalid_settings_are_refused_field_by_field_and_the_entered_values_stay_on_the_form()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var controller = Controller(scope);
        var form = await FormAsync(scope) with { MaxMessagesPerMinute = 0, RunTimeBudgetSeconds = 600, MarketingNewsletterTypeIds = "news" };
        foreach (var failure in new ConfigurationModelValidator(PluginTexts.English()).Validate(form).Errors)
            controller.ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);

        var view = (ViewResult)await controller.Configure(form);

        Assert.That(controller.ModelState.Keys, Is.EquivalentTo(new[] { "MaxMessagesPerMinute", "RunTimeBudgetSeconds", "MarketingNewsletterTypeIds" }));
        Assert.That(controller.ModelState["RunTimeBudgetSeconds"]!.Errors.Single().ErrorMessage, Does.Contain("between 10 and 298").And.Contain("600"));
        Assert.That(((ConfigurationModel)view.Model!).MarketingNewsletterTypeIds, Is.EqualTo("news"));
        Assert.That((await store.Settings.LoadSettingAsync<TriggerMailSettings>()).MaxMessagesPerMinute, Is.EqualTo(60));
    }

    [TestCase(nameof(TriggerMailController.Configure))]
    public void Both_actions_require_the_manage_permission(string action)
    {
        var methods = typeof(TriggerMailController).GetMethods().Where(m => m.Name == action).ToList();

        Assert.That(methods, Has.Count.EqualTo(2));
        Assert.That(methods.Select(m => m.GetCustomAttribute<CheckPermissionAttribute>()?.PermissionSystemName.Single()),
            Is.All.EqualTo(TriggerMailDefaults.Permissions.Manage));
    }

    [Test]
    public void The_controller_is_an_admin_area_controller_with_antiforgery_validation()
    {
        var type = typeof(TriggerMailController);

        Assert.That(type.GetCustomAttribute<AreaAttribute>()?.RouteValue, Is.EqualTo("Admin"));
        Assert.That(type.GetCustomAttribute<AuthorizeAdminAttribute>(), Is.Not.Null);
        Assert.That(type.GetCustomAttribute<AutoValidateAntiforgeryTokenAttribute>(), Is.Not.Null);
    }

    [Test]
    public void The_configure_view_ships_with_the_plugin()
    {
        var view = RepositoryRoot.Combine("Nop.Plugin.Misc.TriggerMail", "Admin", "Views", "Configure.cshtml");

        Assert.That(File.ReadAllText(view), Does.Contain("@model ConfigurationModel").And.Contain("asp-action=\"Configure\""));
    }

    private static async Task<ConfigurationModel> FormAsync(IServiceScope scope)
    {
        return await scope.ServiceProvider.GetRequiredService<ConfigurationModelFactory>().PrepareAsync(0);
    }

    private static TriggerMailController Controller(IServiceScope scope, INotificationService notifications = null) => new(
        scope.ServiceProvider.GetRequiredService<ConfigurationModelFactory>(),
        scope.ServiceProvider.GetRequiredService<ILocalizationService>(),
        notifications ?? Mock.Of<INotificationService>(),
        scope.ServiceProvider.GetRequiredService<ISettingService>(),
        scope.ServiceProvider.GetRequiredService<IStoreContext>());
}
