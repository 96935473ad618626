using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Infrastructure;

[TestFixture]
public class AdminMenuEventConsumerTests
{
    [Test]
    public async Task Trigger_mail_node_is_added_under_promotions_after_campaigns()
    {
        await using var store = await StoreHarness.StartAsync();
        var root = StockMenu();

        await store.PublishAsync(new AdminMenuCreatedEvent(MenuUrls().Object, root));

        var promotions = root.GetItemBySystemName("Promotions").ChildNodes.Select(n => n.SystemName).ToList();
        Assert.That(promotions, Is.EqualTo(new[] { "Discounts", "Campaigns", TriggerMailDefaults.Menu.RootSystemName, "Newsletter subscriptions" }));
    }

    [Test]
    public async Task Trigger_mail_settings_item_is_localized_links_to_configure_and_needs_the_manage_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        var root = StockMenu();

        await store.PublishAsync(new AdminMenuCreatedEvent(MenuUrls().Object, root));

        var node = root.GetItemBySystemName(TriggerMailDefaults.Menu.RootSystemName);
        var settings = node.ChildNodes.Single(n => n.SystemName == "TriggerMail.Settings");
        Assert.That(node.Title, Is.EqualTo("Trigger mail"));
        Assert.That(node.ChildNodes.Select(n => n.Title), Is.EqualTo(new[] { "Scenarios", "Templates", "Segments", "Statistics", "Suppression list", "Settings" }));
        Assert.That(node.ChildNodes.Select(n => n.Url), Is.EqualTo(new[] { "/Admin/TriggerMailScenario/List", "/Admin/TriggerMailTemplate/List", "/Admin/TriggerMailSegment/List", "/Admin/TriggerMailStatistics/Index", "/Admin/TriggerMailSuppression/List", "/Admin/TriggerMail/Configure" }));
        Assert.That(settings.Url, Is.EqualTo("/Admin/TriggerMail/Configure"));
        Assert.That(settings.PermissionNames, Is.EqualTo(new[] { TriggerMailDefaults.Permissions.Manage }));
        Assert.That(node.PermissionNames, Does.Contain(TriggerMailDefaults.Permissions.Manage));
    }

    [Test]
    public async Task Menu_is_left_alone_while_the_plugin_is_not_installed()
    {
        await using var store = await StoreHarness.StartAsync(installPlugin: false);
        var root = StockMenu();
        using var scope = store.CreateScope();
        var consumer = ActivatorUtilities.CreateInstance<AdminMenuEventConsumer>(scope.ServiceProvider);

        await consumer.HandleEventAsync(new AdminMenuCreatedEvent(MenuUrls().Object, root));

        Assert.That(root.ContainsSystemName(TriggerMailDefaults.Menu.RootSystemName), Is.False);
    }

    private static Mock<IAdminMenu> MenuUrls()
    {
        var menu = new Mock<IAdminMenu>();
        menu.Setup(m => m.GetMenuItemUrl(It.IsAny<string>(), It.IsAny<string>()))
            .Returns((string controller, string action) => $"/Admin/{controller}/{action}");
        return menu;
    }

    private static AdminMenuItem StockMenu() => new()
    {
        SystemName = "Home",
        ChildNodes =
        [
            new AdminMenuItem { SystemName = "Dashboard" },
            new AdminMenuItem
            {
                SystemName = "Promotions",
                ChildNodes =
                [
                    new AdminMenuItem { SystemName = "Discounts" },
                    new AdminMenuItem { SystemName = "Campaigns" },
                    new AdminMenuItem { SystemName = "Newsletter subscriptions" }
                ]
            }
        ]
    };
}
