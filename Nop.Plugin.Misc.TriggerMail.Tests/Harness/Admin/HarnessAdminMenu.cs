using Nop.Core.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;

/// <summary>
/// The admin menu as nopCommerce builds it for the plugin: a root with the Promotions node (Discounts, Campaigns),
/// then <see cref="AdminMenuCreatedEvent"/> published to the plugin's consumers.
/// </summary>
public sealed class HarnessAdminMenu : IAdminMenu
{
    private readonly IEventPublisher _eventPublisher;

    public HarnessAdminMenu(IEventPublisher eventPublisher)
    {
        _eventPublisher = eventPublisher;
    }

    public async Task<AdminMenuItem> GetRootNodeAsync(bool showHidden = false)
    {
        var root = new AdminMenuItem { SystemName = "Home", Title = "Home" };
        root.ChildNodes.Add(new AdminMenuItem { SystemName = "Dashboard", Title = "Dashboard", IconClass = "fas fa-desktop", Url = "/Admin" });
        root.ChildNodes.Add(new AdminMenuItem
        {
            SystemName = "Promotions",
            Title = "Promotions",
            IconClass = "fas fa-tags",
            ChildNodes =
            [
                new AdminMenuItem { SystemName = "Discounts", Title = "Discounts", IconClass = "far fa-dot-circle", Url = "/Admin/Discount/List" },
                new AdminMenuItem { SystemName = "Campaigns", Title = "Campaigns", IconClass = "far fa-dot-circle", Url = "/Admin/Campaign/List" }
            ]
        });
        root.ChildNodes.Add(new AdminMenuItem { SystemName = "Customers", Title = "Customers", IconClass = "far fa-user", Url = "/Admin/Customer/List" });
        await _eventPublisher.PublishAsync(new AdminMenuCreatedEvent(this, root));
        return root;
    }

    public string GetMenuItemUrl(string controllerName, string actionName) => $"/Admin/{controllerName}/{actionName}";
}
