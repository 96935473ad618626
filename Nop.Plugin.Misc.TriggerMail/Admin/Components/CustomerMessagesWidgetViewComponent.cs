using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Services.Security;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Components;

/// <summary>
/// The plugin's block on the nopCommerce customer edit page (admin widget zone <c>admin_customer_details_block</c>):
/// how many messages the customer got and a link to the message log. Nothing for a new customer or an admin without
/// the plugin's permission.
/// </summary>
public class CustomerMessagesWidgetViewComponent : NopViewComponent
{
    public const string ViewPath = "~/Plugins/Misc.TriggerMail/Admin/Views/TriggerMailCustomer/_CustomerDetailsBlock.cshtml";

    private readonly CustomerMessageModelFactory _modelFactory;
    private readonly IPermissionService _permissionService;

    public CustomerMessagesWidgetViewComponent(CustomerMessageModelFactory modelFactory, IPermissionService permissionService)
    {
        _modelFactory = modelFactory;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (widgetZone != AdminWidgetZones.CustomerDetailsBlock || additionalData is not BaseNopEntityModel { Id: > 0 } customer)
            return Content(string.Empty);

        if (!await _permissionService.AuthorizeAsync(TriggerMailDefaults.Permissions.Manage))
            return Content(string.Empty);

        var model = await _modelFactory.PrepareSearchModelAsync(customer.Id);
        return model is null ? Content(string.Empty) : View(ViewPath, model);
    }
}
