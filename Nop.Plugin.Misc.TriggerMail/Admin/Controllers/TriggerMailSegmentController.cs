using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// Segments (Promotions → Trigger mail → Segments): the list with cached counts, the form with the rule builder and
/// its live count, and the page of matching customers.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailSegmentController : BasePluginController
{
    public const string ListView = "~/Plugins/Misc.TriggerMail/Admin/Views/Segment/List.cshtml";
    public const string CreateView = "~/Plugins/Misc.TriggerMail/Admin/Views/Segment/Create.cshtml";
    public const string EditView = "~/Plugins/Misc.TriggerMail/Admin/Views/Segment/Edit.cshtml";
    public const string MembersView = "~/Plugins/Misc.TriggerMail/Admin/Views/Segment/Members.cshtml";

    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Segments.";

    private readonly AdminAreaSettings _adminAreaSettings;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly SegmentModelFactory _segmentModelFactory;
    private readonly SegmentService _segmentService;
    private readonly SegmentUsage _segmentUsage;

    public TriggerMailSegmentController(AdminAreaSettings adminAreaSettings,
        ILocalizationService localizationService,
        INotificationService notificationService,
        SegmentModelFactory segmentModelFactory,
        SegmentService segmentService,
        SegmentUsage segmentUsage)
    {
        _adminAreaSettings = adminAreaSettings;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _segmentModelFactory = segmentModelFactory;
        _segmentService = segmentService;
        _segmentUsage = segmentUsage;
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public IActionResult Index() => RedirectToAction(nameof(List));

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public IActionResult List()
    {
        var searchModel = new SegmentSearchModel();
        searchModel.SetGridPageSize(_adminAreaSettings.DefaultGridPageSize, _adminAreaSettings.GridPageSizes);
        return View(ListView, searchModel);
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> List(SegmentSearchModel searchModel)
    {
        return Json(await _segmentModelFactory.PrepareListModelAsync(searchModel));
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Create()
    {
        return View(CreateView, await _segmentModelFactory.PrepareModelAsync(null));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Create(SegmentModel model, bool continueEditing = false)
    {
        var segment = new Segment();
        if (!await TrySaveAsync(segment, model))
            return View(CreateView, await _segmentModelFactory.PrepareModelAsync(null, model));

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Texts + "Added"));
        return continueEditing ? RedirectToAction(nameof(Edit), new { id = segment.Id }) : RedirectToAction(nameof(List));
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Edit(int id)
    {
        var segment = await _segmentService.FindAsync(id);
        if (segment is null)
            return RedirectToAction(nameof(List));

        return View(EditView, await _segmentModelFactory.PrepareModelAsync(segment));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Edit(SegmentModel model, bool continueEditing = false)
    {
        var segment = await _segmentService.FindAsync(model.Id);
        if (segment is null)
            return RedirectToAction(nameof(List));

        if (!await TrySaveAsync(segment, model))
            return View(EditView, await _segmentModelFactory.PrepareModelAsync(segment, model));

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Texts + "Updated"));
        return continueEditing ? RedirectToAction(nameof(Edit), new { id = segment.Id }) : RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Delete(int id)
    {
        var segment = await _segmentService.FindAsync(id);
        if (segment is null)
            return RedirectToAction(nameof(List));

        var scenarios = await _segmentUsage.ScenariosUsingAsync(segment.Id);
        if (scenarios.Count > 0)
        {
            var names = string.Join(", ", scenarios.Select(s => $"'{s.Name}'"));
            _notificationService.ErrorNotification(string.Format(await _localizationService.GetResourceAsync(Texts + "DeleteRefused"), segment.Name, names));
            return RedirectToAction(nameof(Edit), new { id = segment.Id });
        }

        await _segmentService.DeleteAsync(segment);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Texts + "Deleted"));
        return RedirectToAction(nameof(List));
    }

    /// <summary>The rule builder's live count: the engine's count of the rules as they are, or the rule model's errors.</summary>
    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Count([FromBody] SegmentCountRequest request)
    {
        var errors = SegmentRuleValidator.Validate(request?.RulesJson);
        if (errors.Count > 0)
            return Json(new SegmentCountResult { Errors = SegmentModelFactory.ErrorModels(errors) });

        var count = await _segmentService.CountAsync(SegmentRulesJson.Parse(request.RulesJson), Math.Max(request.StoreId, 0));
        return Json(new SegmentCountResult { Count = count });
    }

    /// <summary>Counts a saved segment again and stores the count in its cache.</summary>
    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Recount(int id)
    {
        var segment = await _segmentService.FindAsync(id);
        if (segment is null)
            return Json(new { error = string.Format(await _localizationService.GetResourceAsync(Texts + "NotFound"), id) });

        try
        {
            var count = await _segmentService.CountAsync(segment.Id, refresh: true);
            var counted = await _segmentService.FindAsync(id);
            return Json(new { Count = count, CountedOnUtc = counted.CountedOnUtc is { } on ? DateTime.SpecifyKind(on, DateTimeKind.Utc) : (DateTime?)null });
        }
        catch (ArgumentException exception)
        {
            return Json(new { error = exception.Message });
        }
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Members(int id)
    {
        var segment = await _segmentService.FindAsync(id);
        if (segment is null)
            return RedirectToAction(nameof(List));

        return View(MembersView, await _segmentModelFactory.PrepareMemberSearchModelAsync(segment, _adminAreaSettings.DefaultGridPageSize));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> MemberList(SegmentMemberSearchModel searchModel)
    {
        if (await _segmentService.FindAsync(searchModel.SegmentId) is null)
            return Json(new { error = string.Format(await _localizationService.GetResourceAsync(Texts + "NotFound"), searchModel.SegmentId) });

        return Json(await _segmentModelFactory.PrepareMemberListModelAsync(searchModel));
    }

    private async Task<bool> TrySaveAsync(Segment segment, SegmentModel model)
    {
        if (!ModelState.IsValid)
            return false;

        segment.Name = model.Name.Trim();
        segment.Description = string.IsNullOrWhiteSpace(model.Description) ? null : model.Description.Trim();
        segment.RulesJson = model.RulesJson;
        try
        {
            await _segmentService.SaveAsync(segment);
            return true;
        }
        catch (SegmentRulesInvalidException exception)
        {
            foreach (var error in exception.Errors)
                ModelState.AddModelError(nameof(SegmentModel.RulesJson), error.ToString());
            return false;
        }
    }
}
