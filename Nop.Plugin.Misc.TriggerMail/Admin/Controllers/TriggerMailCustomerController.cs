using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;
using Nop.Services.Localization;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// A customer's trigger mail: the message log (Messages/{customer id}), linked from the nopCommerce customer edit page
/// through the plugin's widget in the customer details zone.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailCustomerController : BasePluginController
{
    public const string MessagesView = "~/Plugins/Misc.TriggerMail/Admin/Views/TriggerMailCustomer/Messages.cshtml";

    private readonly AdminAreaSettings _adminAreaSettings;
    private readonly CustomerMessageModelFactory _modelFactory;
    private readonly ILocalizationService _localizationService;

    public TriggerMailCustomerController(AdminAreaSettings adminAreaSettings, CustomerMessageModelFactory modelFactory, ILocalizationService localizationService)
    {
        _adminAreaSettings = adminAreaSettings;
        _modelFactory = modelFactory;
        _localizationService = localizationService;
    }

    /// <param name="id">The nopCommerce customer id.</param>
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Messages(int id)
    {
        var model = await _modelFactory.PrepareSearchModelAsync(id, _adminAreaSettings.DefaultGridPageSize);
        if (model is null)
            return NotFound(string.Format(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.CustomerMessages.CustomerNotFound"), id));

        return View(MessagesView, model);
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> MessageList(CustomerMessageSearchModel searchModel)
    {
        return Json(await _modelFactory.PrepareListModelAsync(searchModel));
    }
}
