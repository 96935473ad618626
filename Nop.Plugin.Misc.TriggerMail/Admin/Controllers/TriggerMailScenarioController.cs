using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// Scenarios (Promotions → Trigger mail → Scenarios): the list with live figures, create from a preset or blank,
/// the settings form and the chain editor, and activate / pause / archive.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailScenarioController : BasePluginController
{
    public const string ListView = "~/Plugins/Misc.TriggerMail/Admin/Views/Scenario/List.cshtml";
    public const string CreateView = "~/Plugins/Misc.TriggerMail/Admin/Views/Scenario/Create.cshtml";
    public const string EditView = "~/Plugins/Misc.TriggerMail/Admin/Views/Scenario/Edit.cshtml";

    private readonly ScenarioModelFactory _scenarioModelFactory;
    private readonly ChainGraphFactory _chainGraphFactory;
    private readonly ScenarioGraphWriter _graphWriter;
    private readonly ScenarioEditor _editor;
    private readonly ScenarioActivation _activation;
    private readonly ScenarioLifecycle _lifecycle;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public TriggerMailScenarioController(ScenarioModelFactory scenarioModelFactory,
        ChainGraphFactory chainGraphFactory,
        ScenarioGraphWriter graphWriter,
        ScenarioEditor editor,
        ScenarioActivation activation,
        ScenarioLifecycle lifecycle,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _scenarioModelFactory = scenarioModelFactory;
        _chainGraphFactory = chainGraphFactory;
        _graphWriter = graphWriter;
        _editor = editor;
        _activation = activation;
        _lifecycle = lifecycle;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> List()
    {
        return View(ListView, await _scenarioModelFactory.PrepareSearchModelAsync(new ScenarioSearchModel()));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> List(ScenarioSearchModel searchModel)
    {
        return Json(await _scenarioModelFactory.PrepareListModelAsync(searchModel));
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Create()
    {
        return View(CreateView, await _scenarioModelFactory.PrepareCreateModelAsync());
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Create(ScenarioCreateModel model)
    {
        if (!ModelState.IsValid)
            return View(CreateView, await _scenarioModelFactory.PrepareCreateModelAsync(model));

        var scenario = await _editor.CreateDraftAsync(model.PresetId == 0 ? null : (ScenarioPreset)model.PresetId, model.StoreId);
        _notificationService.SuccessNotification(await ResourceAsync("Scenarios.Created"));
        return RedirectToAction(nameof(Edit), new { id = scenario.Id });
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Edit(int id)
    {
        var scenario = await _lifecycle.GetAsync(id);
        if (scenario is null)
            return RedirectToAction(nameof(List));

        return await EditPageAsync(scenario);
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Edit(ScenarioModel model)
    {
        var scenario = await _lifecycle.GetAsync(model.Id);
        if (scenario is null)
            return RedirectToAction(nameof(List));

        if (ModelState.IsValid)
        {
            var errors = await _editor.SaveAsync(scenario, ScenarioModelFactory.ToChanges(model));
            foreach (var (field, error) in errors.Select(ScenarioModelFactory.FormError))
                ModelState.AddModelError(field, error);
        }

        if (!ModelState.IsValid)
            return await EditPageAsync(scenario, model);

        _notificationService.SuccessNotification(await ResourceAsync("Scenarios.Saved"));
        return RedirectToAction(nameof(Edit), new { id = scenario.Id });
    }

    /// <summary>Saves the chain editor's graph as the engine's versioned graph, or returns the engine's errors by step.</summary>
    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> SaveChain([FromBody] ChainGraphModel graph)
    {
        var scenario = graph is null ? null : await _lifecycle.GetAsync(graph.ScenarioId);
        if (scenario is null)
        {
            var message = string.Format(await ResourceAsync("Scenarios.Chain.UnknownScenario"), graph?.ScenarioId);
            return Json(new { Success = false, Errors = new[] { new ChainStepErrorModel { Message = message } } });
        }

        var (steps, errors) = _chainGraphFactory.ToDefinitions(graph);
        if (errors.Count == 0)
            errors = await _graphWriter.SaveAsync(scenario, steps);
        if (errors.Count > 0)
            return Json(new { Success = false, Errors = errors.Select(e => new ChainStepErrorModel { StepKey = e.StepKey, Message = e.Message }).ToList() });

        return Json(new
        {
            Success = true,
            Version = scenario.CurrentVersion,
            Message = string.Format(await ResourceAsync("Scenarios.Chain.Saved"), scenario.CurrentVersion)
        });
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Activate(int id)
    {
        var scenario = await _lifecycle.GetAsync(id);
        if (scenario is null)
            return RedirectToAction(nameof(List));

        var errors = ScenarioMoves.IsAllowed(scenario.Status, ScenarioStatus.Active)
            ? ScenarioLifecycle.TriggerErrors(scenario)
            : [ScenarioValidationError.ForScenario(await ResourceAsync("Scenarios.ArchivedNotActivated"))];
        if (errors.Count == 0)
            errors = await _activation.ActivateAsync(scenario);
        if (errors.Count > 0)
        {
            _notificationService.ErrorNotification(await ResourceAsync("Scenarios.NotActivated") + " " + string.Join("; ", errors));
            return await EditPageAsync(scenario, errors: errors);
        }

        _notificationService.SuccessNotification(await ResourceAsync("Scenarios.Activated"));
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public Task<IActionResult> Pause(int id) => MoveAsync(id, ScenarioStatus.Paused, "Scenarios.Paused");

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public Task<IActionResult> Archive(int id) => MoveAsync(id, ScenarioStatus.Archived, "Scenarios.Archived");

    private async Task<IActionResult> MoveAsync(int id, ScenarioStatus status, string resource)
    {
        var scenario = await _lifecycle.GetAsync(id);
        if (scenario is null)
            return RedirectToAction(nameof(List));

        var from = scenario.Status;
        if (await _lifecycle.MoveAsync(scenario, status))
            _notificationService.SuccessNotification(await ResourceAsync(resource));
        else
            _notificationService.ErrorNotification(string.Format(await ResourceAsync("Scenarios.StatusNotChanged"),
                await _localizationService.GetLocalizedEnumAsync(from), await _localizationService.GetLocalizedEnumAsync(status)));

        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<IActionResult> EditPageAsync(Scenario scenario, ScenarioModel posted = null, IReadOnlyList<ScenarioValidationError> errors = null)
    {
        var model = await _scenarioModelFactory.PrepareScenarioModelAsync(scenario, posted);
        model.ChainEditorJson = await _chainGraphFactory.PrepareEditorJsonAsync(scenario, errors);
        return View(EditView, model);
    }

    private Task<string> ResourceAsync(string key) => _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.{key}");
}
