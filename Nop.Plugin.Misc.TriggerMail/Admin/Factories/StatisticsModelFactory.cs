using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Builds the statistics pages from the daily rollup: the KPIs of each scenario from <see cref="StatisticsReader"/>
/// (overall: every scenario's figures in one grouped read, and their sum, incremental figures summed per scenario because each has its own holdout baseline), the
/// daily series, the step funnel and the A/B tests.
/// </summary>
public class StatisticsModelFactory
{
    private readonly AbTestModelFactory _abTestModelFactory;
    private readonly DailySeriesReader _series;
    private readonly StepFunnelReader _funnel;
    private readonly StatisticsKpiModelBuilder _kpiBuilder;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly StatisticsReader _statistics;

    public StatisticsModelFactory(AbTestModelFactory abTestModelFactory,
        DailySeriesReader series,
        StepFunnelReader funnel,
        StatisticsKpiModelBuilder kpiBuilder,
        ILocalizationService localizationService,
        IRepository<Scenario> scenarioRepository,
        StatisticsReader statistics)
    {
        _abTestModelFactory = abTestModelFactory;
        _series = series;
        _funnel = funnel;
        _kpiBuilder = kpiBuilder;
        _localizationService = localizationService;
        _scenarioRepository = scenarioRepository;
        _statistics = statistics;
    }

    public Task<Scenario> GetScenarioAsync(int scenarioId) => _scenarioRepository.GetByIdAsync(scenarioId);

    /// <param name="scenario">null for the overall page.</param>
    public async Task<StatisticsModel> PrepareAsync(Scenario scenario, StatisticsPeriod period, StatisticsFilterModel filter)
    {
        var model = new StatisticsModel
        {
            ScenarioId = scenario?.Id ?? 0,
            ScenarioName = scenario?.Name,
            ScenarioStatus = scenario is null ? null : await _localizationService.GetLocalizedEnumAsync(scenario.Status),
            From = StatisticsFormat.Day(period.From),
            To = StatisticsFormat.Day(period.To),
            Days = period.Days,
            Filter = filter ?? new StatisticsFilterModel()
        };

        model.Series = (await _series.GetSeriesAsync(scenario?.Id, period.From, period.To)).Select(day => new StatisticsDayModel
        {
            Day = StatisticsFormat.Day(day.Day),
            Sent = day.Sent,
            Opens = day.UniqueHumanOpens,
            Clicks = day.UniqueClicks,
            Orders = day.Orders,
            Revenue = day.Revenue
        }).ToList();

        if (scenario is null)
        {
            var byScenario = await _statistics.GetFiguresByScenarioAsync(null, period.From, period.To);
            var rows = new List<(ScenarioStatisticsRowModel Row, EngagementFigures Figures)>();
            foreach (var each in _scenarioRepository.Table.OrderBy(s => s.Name).ThenBy(s => s.Id).ToList())
            {
                var figures = byScenario.GetValueOrDefault(each.Id) ?? new EngagementFigures();
                rows.Add((await ScenarioRowAsync(each, figures), figures));
            }

            model.Scenarios = rows.Select(r => r.Row).ToList();
            model.Kpis = await _kpiBuilder.OverallAsync(rows.Select(r => r.Figures).ToList());
        }
        else
        {
            model.Kpis = await _kpiBuilder.OfAsync(await _statistics.GetFiguresAsync(scenario.Id, period.From, period.To));
            model.Funnel = (await _funnel.GetFunnelAsync(scenario, period.From, period.To)).Select(FunnelRow).ToList();
            model.AbTests = await _abTestModelFactory.PrepareAsync(scenario);
        }

        return model;
    }

    public async Task<IList<SelectListItem>> PrepareScenarioListAsync(int selectedId)
    {
        var items = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Statistics.AllScenarios"), "0", selectedId == 0)
        };
        items.AddRange(_scenarioRepository.Table.OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToList()
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(), s.Id == selectedId)));
        return items;
    }

    private async Task<ScenarioStatisticsRowModel> ScenarioRowAsync(Scenario scenario, EngagementFigures figures) => new()
    {
        ScenarioId = scenario.Id,
        Name = scenario.Name,
        Status = await _localizationService.GetLocalizedEnumAsync(scenario.Status),
        Sent = figures.Sent + figures.Failed,
        Delivered = figures.Sent,
        HumanOpenRate = figures.HumanOpenRate,
        ClickRate = figures.ClickRate,
        Unsubscribes = figures.Unsubscribes,
        Orders = figures.Orders,
        Revenue = figures.Revenue,
        IncrementalRevenue = figures.IncrementalRevenue,
        HasHoldout = figures.HoldoutRecipients > 0
    };

    private static StepFunnelModel FunnelRow(StepFunnel step) => new()
    {
        StepKey = step.StepKey,
        Name = step.Name,
        Entered = step.Entered,
        Sent = step.Figures.Sent,
        Opened = step.Figures.UniqueHumanOpens,
        Clicked = step.Figures.UniqueClicks,
        Ordered = step.Figures.Orders,
        Revenue = step.Figures.Revenue,
        OpenRate = step.Figures.HumanOpenRate,
        ClickRate = step.Figures.ClickRate,
        OrderRate = step.Figures.Sent == 0 ? 0 : (double)step.Figures.Orders / step.Figures.Sent
    };
}
