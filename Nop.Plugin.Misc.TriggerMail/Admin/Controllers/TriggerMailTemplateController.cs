using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// Promotions → Trigger mail → Templates: the list of letters and layouts, and the editor with per-language
/// texts, live preview, field list and test send.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailTemplateController : BasePluginController
{
    public const string ListView = "~/Plugins/Misc.TriggerMail/Admin/Views/Template/List.cshtml";
    public const string EditView = "~/Plugins/Misc.TriggerMail/Admin/Views/Template/Edit.cshtml";

    private readonly AdminAreaSettings _adminAreaSettings;
    private readonly EmailTemplateService _templateService;
    private readonly TemplateEditorModelFactory _modelFactory;
    private readonly TemplatePreviewModelFactory _previewFactory;
    private readonly LocalizedTemplateSaver _saver;
    private readonly TemplateUsage _templateUsage;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public TriggerMailTemplateController(AdminAreaSettings adminAreaSettings, EmailTemplateService templateService,
        TemplateEditorModelFactory modelFactory, TemplatePreviewModelFactory previewFactory, LocalizedTemplateSaver saver,
        TemplateUsage templateUsage, ILocalizationService localizationService, INotificationService notificationService)
    {
        _adminAreaSettings = adminAreaSettings;
        _templateService = templateService;
        _modelFactory = modelFactory;
        _previewFactory = previewFactory;
        _saver = saver;
        _templateUsage = templateUsage;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public IActionResult List()
    {
        var searchModel = new TemplateSearchModel();
        searchModel.SetGridPageSize(_adminAreaSettings.DefaultGridPageSize, _adminAreaSettings.GridPageSizes);
        return View(ListView, searchModel);
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> List(TemplateSearchModel searchModel)
    {
        return Json(await _modelFactory.PrepareListModelAsync(searchModel));
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Create(bool layout = false)
    {
        var model = await _modelFactory.PrepareNewModelAsync(layout);
        return View(EditView, model);
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Create(TemplateModel model, bool continueEditing = true)
    {
        return await SaveAsync(model, new EmailTemplate(), continueEditing);
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Edit(int id)
    {
        var template = await _templateService.GetByIdAsync(id);
        if (template is null)
            return RedirectToAction(nameof(List));

        return View(EditView, await _modelFactory.PrepareModelAsync(template));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Edit(TemplateModel model, bool continueEditing = true)
    {
        var template = await _templateService.GetByIdAsync(model.Id);
        if (template is null)
            return RedirectToAction(nameof(List));

        return await SaveAsync(model, template, continueEditing);
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Delete(int id)
    {
        var template = await _templateService.GetByIdAsync(id);
        if (template is null)
            return RedirectToAction(nameof(List));

        var uses = await _templateUsage.GetAsync(id);
        if (uses.Count > 0)
        {
            var inStep = await ResourceAsync("Templates.Delete.UseInStep");
            var names = string.Join(", ", uses.Select(u => u.ScenarioId > 0 ? string.Format(inStep, u.ScenarioName, u.StepName ?? u.StepKey) : u.StepName).Distinct());
            _notificationService.ErrorNotification(string.Format(await ResourceAsync(template.IsLayout ? "Templates.Delete.LayoutInUse" : "Templates.Delete.InUse"),
                template.Name, names));
            return RedirectToAction(nameof(Edit), new { id });
        }

        await _templateService.DeleteAsync(template);
        _notificationService.SuccessNotification(string.Format(await ResourceAsync("Templates.Deleted"), template.Name));
        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Preview([FromBody] TemplatePreviewRequest request)
    {
        return Json(await _previewFactory.PreviewAsync(request ?? new TemplatePreviewRequest()));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> SendTest([FromBody] TemplatePreviewRequest request)
    {
        var (success, message) = await _previewFactory.SendTestAsync(request ?? new TemplatePreviewRequest());
        return Json(new { Success = success, Message = message });
    }

    private async Task<IActionResult> SaveAsync(TemplateModel model, EmailTemplate template, bool continueEditing)
    {
        model.Locales ??= new List<TemplateLocalizedModel>();
        if (ModelState.IsValid)
        {
            // Compile errors go beside the field of the language they are in; nothing is written unless all compile.
            var prepared = await _modelFactory.PrepareModelAsync(template.Id > 0 ? template : null, model);
            var errors = await _saver.SaveAsync(template, TemplateEditorModelFactory.ToChanges(prepared));
            foreach (var error in errors)
                ModelState.AddModelError(TemplateEditorModelFactory.FieldName(prepared, error.LanguageId, error.Error.Field), TemplateEditorModelFactory.ErrorText(error.Error));

            if (errors.Count == 0)
            {
                _notificationService.SuccessNotification(string.Format(await ResourceAsync("Templates.Saved"), template.Name));
                return continueEditing ? RedirectToAction(nameof(Edit), new { id = template.Id }) : RedirectToAction(nameof(List));
            }
        }

        return View(EditView, await _modelFactory.PrepareModelAsync(template.Id > 0 ? template : null, model));
    }

    private async Task<string> ResourceAsync(string key) => await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.{key}");
}
