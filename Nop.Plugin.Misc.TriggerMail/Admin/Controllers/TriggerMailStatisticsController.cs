using System.Text;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Services.Localization;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// Statistics (Promotions → Trigger mail → Statistics): every scenario together, and one scenario with its step
/// funnel and A/B tests, for a period; the page script reloads the figures as JSON when the period changes; CSV
/// exports of the daily series and the steps. Figures come from the daily rollup only.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailStatisticsController : BasePluginController
{
    public const string IndexView = "~/Plugins/Misc.TriggerMail/Admin/Views/Statistics/Index.cshtml";
    public const string ScenarioView = "~/Plugins/Misc.TriggerMail/Admin/Views/Statistics/Scenario.cshtml";

    private readonly DailySeriesReader _series;
    private readonly StepFunnelReader _funnel;
    private readonly StatisticsModelFactory _statisticsModelFactory;
    private readonly ILocalizationService _localizationService;
    private readonly TimeProvider _timeProvider;

    public TriggerMailStatisticsController(DailySeriesReader series,
        StepFunnelReader funnel,
        StatisticsModelFactory statisticsModelFactory,
        ILocalizationService localizationService,
        TimeProvider timeProvider)
    {
        _series = series;
        _funnel = funnel;
        _statisticsModelFactory = statisticsModelFactory;
        _localizationService = localizationService;
        _timeProvider = timeProvider;
    }

    [CheckPermission(TriggerMailDefaults.Permissions.ViewStatistics)]
    public async Task<IActionResult> Index(StatisticsFilterModel filter)
    {
        filter ??= new StatisticsFilterModel();
        filter.ScenarioId = 0;
        var model = await _statisticsModelFactory.PrepareAsync(null, Period(filter), filter);
        model.AvailableScenarios = await _statisticsModelFactory.PrepareScenarioListAsync(0);
        return View(IndexView, Links(model));
    }

    [CheckPermission(TriggerMailDefaults.Permissions.ViewStatistics)]
    public async Task<IActionResult> Scenario(int id, StatisticsFilterModel filter)
    {
        var scenario = await _statisticsModelFactory.GetScenarioAsync(id);
        if (scenario is null)
            return RedirectToAction(nameof(Index));

        filter ??= new StatisticsFilterModel();
        filter.ScenarioId = id;
        var model = await _statisticsModelFactory.PrepareAsync(scenario, Period(filter), filter);
        model.AvailableScenarios = await _statisticsModelFactory.PrepareScenarioListAsync(id);
        return View(ScenarioView, Links(model));
    }

    /// <summary>The page's figures for another period, as the page script asks for them.</summary>
    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.ViewStatistics)]
    public async Task<IActionResult> Figures(StatisticsFilterModel filter)
    {
        if (!ModelState.IsValid)
            return BadRequest(new { Errors = ModelState.Where(e => e.Value!.Errors.Count > 0).ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToList()) });

        Scenario scenario = null;
        if (filter.ScenarioId != 0 && (scenario = await _statisticsModelFactory.GetScenarioAsync(filter.ScenarioId)) is null)
            return NotFound(new { Errors = new Dictionary<string, string[]> { [nameof(filter.ScenarioId)] = [await NotFoundTextAsync(filter.ScenarioId)] } });

        return Json(Links(await _statisticsModelFactory.PrepareAsync(scenario, Period(filter), filter)));
    }

    /// <param name="kind">"daily" (one row per day) or "steps" (one row per send step; a scenario only).</param>
    [CheckPermission(TriggerMailDefaults.Permissions.ViewStatistics)]
    public async Task<IActionResult> ExportCsv(StatisticsFilterModel filter, string kind = "daily")
    {
        Scenario scenario = null;
        if (filter.ScenarioId != 0 && (scenario = await _statisticsModelFactory.GetScenarioAsync(filter.ScenarioId)) is null)
            return NotFound(await NotFoundTextAsync(filter.ScenarioId));
        if (kind is not ("daily" or "steps") || (kind == "steps" && scenario is null))
            return BadRequest(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Statistics.Export.UnknownKind"));

        var period = Period(filter);
        var csv = kind == "daily"
            ? StatisticsCsv.Daily(await _series.GetSeriesAsync(scenario?.Id, period.From, period.To))
            : StatisticsCsv.Steps(await _funnel.GetFunnelAsync(scenario, period.From, period.To));
        return File(Encoding.UTF8.GetBytes(csv), StatisticsCsv.ContentType, StatisticsCsv.FileName(kind, scenario?.Name, period.From, period.To));
    }

    // An invalid filter (its errors are in ModelState and shown on the page) falls back to the default period.
    private StatisticsPeriod Period(StatisticsFilterModel filter) => ModelState.IsValid
        ? StatisticsPeriod.Resolve(_timeProvider.GetUtcNow().UtcDateTime, filter.Days, filter.From, filter.To)
        : StatisticsPeriod.Resolve(_timeProvider.GetUtcNow().UtcDateTime, null, null, null);

    private async Task<string> NotFoundTextAsync(int scenarioId) =>
        string.Format(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Statistics.NotFound"), scenarioId);

    private StatisticsModel Links(StatisticsModel model)
    {
        model.DailyCsvUrl = Url.Action(nameof(ExportCsv), new { model.ScenarioId, model.From, model.To, kind = "daily" });
        model.StepsCsvUrl = model.ScenarioId == 0 ? null : Url.Action(nameof(ExportCsv), new { model.ScenarioId, model.From, model.To, kind = "steps" });
        return model;
    }
}
