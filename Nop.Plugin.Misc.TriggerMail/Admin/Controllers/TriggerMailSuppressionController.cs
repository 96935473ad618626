using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// The suppression list (Promotions → Trigger mail → Suppression list): search by address, reason and date, add an
/// address with a reason, remove an entry.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailSuppressionController : BasePluginController
{
    public const string ListView = "~/Plugins/Misc.TriggerMail/Admin/Views/TriggerMailSuppression/List.cshtml";

    private readonly AdminAreaSettings _adminAreaSettings;
    private readonly ILocalizationService _localizationService;
    private readonly SuppressionModelFactory _modelFactory;
    private readonly INotificationService _notificationService;
    private readonly SuppressionList _suppressionList;

    public TriggerMailSuppressionController(AdminAreaSettings adminAreaSettings,
        ILocalizationService localizationService,
        SuppressionModelFactory modelFactory,
        INotificationService notificationService,
        SuppressionList suppressionList)
    {
        _adminAreaSettings = adminAreaSettings;
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _suppressionList = suppressionList;
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> List(string searchEmail = null)
    {
        var model = await _modelFactory.PrepareSearchModelAsync(new SuppressionSearchModel { SearchEmail = searchEmail }, _adminAreaSettings.DefaultGridPageSize);
        return View(ListView, model);
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> List(SuppressionSearchModel searchModel)
    {
        return Json(await _modelFactory.PrepareListModelAsync(searchModel));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Add(AddSuppressionModel model)
    {
        if (!ModelState.IsValid)
            return View(ListView, await _modelFactory.PrepareSearchModelAsync(new SuppressionSearchModel(), _adminAreaSettings.DefaultGridPageSize, model));

        await _suppressionList.AddAsync(model.Email, null, 0, (SuppressionReason)model.ReasonId, string.IsNullOrWhiteSpace(model.Note) ? null : model.Note.Trim());
        _notificationService.SuccessNotification(string.Format(
            await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Suppressions.Added"), SuppressionList.Normalize(model.Email)));

        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Delete(int id)
    {
        var removed = await _suppressionList.RemoveAsync(id);
        return Json(new { Result = removed });
    }
}
