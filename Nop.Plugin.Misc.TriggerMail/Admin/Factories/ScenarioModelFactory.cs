using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Builds the scenario list, create and edit models from the stored scenarios, their enrollments and the daily
/// statistics rollup (the list's figures in grouped reads, a constant number of statements per page), and reads a
/// posted edit form as the changes <see cref="ScenarioEditor"/> saves.
/// </summary>
public class ScenarioModelFactory
{
    private static readonly int[] InFlightStatuses = [(int)EnrollmentStatus.Active, (int)EnrollmentStatus.Waiting, (int)EnrollmentStatus.Running];

    private readonly IRepository<Scenario> _scenarios;
    private readonly IRepository<Enrollment> _enrollments;
    private readonly IRepository<Store> _stores;
    private readonly IRepository<Segment> _segments;
    private readonly StatisticsReader _statisticsReader;
    private readonly ILocalizationService _localizationService;
    private readonly TimeProvider _timeProvider;

    public ScenarioModelFactory(IRepository<Scenario> scenarios, IRepository<Enrollment> enrollments, IRepository<Store> stores,
        IRepository<Segment> segments, StatisticsReader statisticsReader, ILocalizationService localizationService, TimeProvider timeProvider)
    {
        _scenarios = scenarios;
        _enrollments = enrollments;
        _stores = stores;
        _segments = segments;
        _statisticsReader = statisticsReader;
        _localizationService = localizationService;
        _timeProvider = timeProvider;
    }

    public async Task<ScenarioSearchModel> PrepareSearchModelAsync(ScenarioSearchModel searchModel)
    {
        searchModel.AvailableTriggerKinds = await EnumItemsAsync<TriggerKind>(searchModel.SearchTriggerKindId, withAll: true);
        searchModel.AvailableStatuses = await EnumItemsAsync<ScenarioStatus>(searchModel.SearchStatusId, withAll: true, allValue: -1);
        searchModel.AvailableStores = await StoreItemsAsync(searchModel.SearchStoreId, await ResourceAsync("Scenarios.Search.AnyStore"));
        searchModel.SetGridPageSize(15, "7, 15, 20, 50, 100");
        return searchModel;
    }

    public async Task<ScenarioListModel> PrepareListModelAsync(ScenarioSearchModel searchModel)
    {
        var query = _scenarios.Table;
        if (!string.IsNullOrWhiteSpace(searchModel.SearchName))
            query = query.Where(s => s.Name.Contains(searchModel.SearchName.Trim()));
        if (searchModel.SearchTriggerKindId > 0)
            query = query.Where(s => s.TriggerKindId == searchModel.SearchTriggerKindId);
        if (searchModel.SearchStatusId >= 0)
            query = query.Where(s => s.StatusId == searchModel.SearchStatusId);
        if (searchModel.SearchStoreId > 0)
            query = query.Where(s => s.StoreId == searchModel.SearchStoreId || s.StoreId == 0);

        var scenarios = await query.OrderBy(s => s.StatusId == (int)ScenarioStatus.Archived).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .ToPagedListAsync(searchModel.Page - 1, searchModel.PageSize);
        var ids = scenarios.Select(s => s.Id).ToList();
        var inFlight = await _statisticsReader.GetEnrolledNowAsync(ids);
        var today = _timeProvider.GetUtcNow().UtcDateTime.Date;
        var week = await _statisticsReader.GetFiguresByScenarioAsync(ids, today.AddDays(-6), today);
        var month = await _statisticsReader.GetFiguresByScenarioAsync(ids, today.AddDays(-29), today);
        var stores = await StoreNamesAsync();

        var rows = new List<ScenarioListItemModel>();
        foreach (var scenario in scenarios)
        {
            var sent = week.GetValueOrDefault(scenario.Id)?.Sent ?? 0;
            var monthFigures = month.GetValueOrDefault(scenario.Id) ?? new EngagementFigures();
            rows.Add(new ScenarioListItemModel
            {
                Id = scenario.Id,
                Name = scenario.Name,
                TriggerName = await _localizationService.GetLocalizedEnumAsync(scenario.TriggerKind),
                StatusId = scenario.StatusId,
                StatusName = await _localizationService.GetLocalizedEnumAsync(scenario.Status),
                StatusCss = ScenarioStatusBadge.CssOf(scenario.Status),
                StoreName = scenario.StoreId == 0 ? await ResourceAsync("Scenarios.AllStores") : stores.GetValueOrDefault(scenario.StoreId, $"#{scenario.StoreId}"),
                EnrolledNow = inFlight.GetValueOrDefault(scenario.Id),
                SentLast7Days = sent,
                OrdersLast30Days = monthFigures.Orders,
                RevenueLast30Days = monthFigures.Revenue,
                RevenueLast30DaysText = monthFigures.Revenue.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)
            });
        }

        return new ScenarioListModel().PrepareToGrid(searchModel, scenarios, () => rows);
    }

    public async Task<ScenarioCreateModel> PrepareCreateModelAsync(ScenarioCreateModel model = null)
    {
        model ??= new ScenarioCreateModel();
        model.Presets = new List<ScenarioPresetModel>();
        foreach (var preset in ScenarioPresetCatalog.All)
        {
            var definition = ScenarioPresetCatalog.Get(preset);
            model.Presets.Add(new ScenarioPresetModel
            {
                PresetId = (int)preset,
                Name = await _localizationService.GetLocalizedEnumAsync(preset),
                Description = definition.Description,
                TriggerName = await _localizationService.GetLocalizedEnumAsync(definition.Trigger),
                StepCount = definition.Steps.Count
            });
        }

        model.AvailableStores = await StoreItemsAsync(model.StoreId, await ResourceAsync("Scenarios.AllStores"));
        return model;
    }

    public async Task<ScenarioModel> PrepareScenarioModelAsync(Scenario scenario, ScenarioModel posted = null)
    {
        var model = posted ?? FromScenario(scenario);
        model.Id = scenario.Id;
        model.StatusId = scenario.StatusId;
        model.StatusName = await _localizationService.GetLocalizedEnumAsync(scenario.Status);
        model.StatusCss = ScenarioStatusBadge.CssOf(scenario.Status);
        model.IsDraft = scenario.Status == ScenarioStatus.Draft;
        model.CanActivate = scenario.Status != ScenarioStatus.Active && ScenarioMoves.IsAllowed(scenario.Status, ScenarioStatus.Active);
        model.CanPause = ScenarioMoves.IsAllowed(scenario.Status, ScenarioStatus.Paused);
        model.CanArchive = ScenarioMoves.IsAllowed(scenario.Status, ScenarioStatus.Archived);
        model.CurrentVersion = scenario.CurrentVersion;
        model.InFlightVersions = (await _enrollments.Table.Where(e => e.ScenarioId == scenario.Id && InFlightStatuses.Contains(e.StatusId))
                .GroupBy(e => e.ScenarioVersion).Select(g => new { Version = g.Key, Count = g.Count() }).ToListAsync())
            .OrderByDescending(v => v.Version).Select(v => new ScenarioVersionModel { Version = v.Version, InFlight = v.Count }).ToList();

        model.AvailableStores = await StoreItemsAsync(model.StoreId, await ResourceAsync("Scenarios.AllStores"));
        model.AvailableTriggerKinds = await EnumItemsAsync<TriggerKind>(model.TriggerKindId);
        model.AvailableCategories = await EnumItemsAsync<ScenarioCategory>(model.CategoryId);
        model.AvailableReEntryPolicies = await EnumItemsAsync<ReEntryPolicy>(model.ReEntryPolicyId);
        model.AvailableLatenessPolicies = await EnumItemsAsync<LatenessPolicy>(model.LatenessPolicyId);
        model.AvailableExitGoals = new List<SelectListItem>();
        foreach (var goal in Enum.GetValues<ExitGoal>())
            model.AvailableExitGoals.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(goal), ((int)goal).ToString(), model.ExitGoalIds.Contains((int)goal)));
        model.AvailableSegments = (await _segments.Table.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(), s.Id == model.EntrySegmentId))
            .Prepend(new SelectListItem(await ResourceAsync("Scenarios.EveryCustomer"), "0", model.EntrySegmentId == 0))
            .ToList();
        return model;
    }

    /// <summary>The edited settings the form holds, its trigger settings built for the chosen trigger (checked when saved).</summary>
    public static ScenarioChanges ToChanges(ScenarioModel model)
    {
        var kind = (TriggerKind)model.TriggerKindId;
        ITriggerSettings settings = kind switch
        {
            TriggerKind.AbandonedCart => new AbandonedCartTriggerSettings(model.AbandonedCartThresholdMinutes),
            TriggerKind.Inactivity => new InactivityTriggerSettings(model.InactivityDays),
            TriggerKind.CalendarDate => new CalendarDateTriggerSettings((model.CalendarDates ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            TriggerKind.AfterOrderPlaced or TriggerKind.AfterOrderDelivered => new AfterOrderTriggerSettings(model.AfterOrderDelayDays),
            _ => null
        };
        return new ScenarioChanges(
            Name: model.Name,
            Description: model.Description,
            StoreId: model.StoreId,
            TriggerKind: kind,
            TriggerSettings: settings,
            EntrySegmentId: model.EntrySegmentId > 0 ? model.EntrySegmentId : null,
            Category: (ScenarioCategory)model.CategoryId,
            ReEntryPolicy: (ReEntryPolicy)model.ReEntryPolicyId,
            ReEntryCooldownHours: model.ReEntryCooldownHours,
            ExitGoals: (model.ExitGoalIds ?? []).Select(id => (ExitGoal)id).ToList(),
            HoldoutPercent: model.HoldoutPercent,
            LatenessPolicy: (LatenessPolicy)model.LatenessPolicyId,
            MaxLatenessMinutes: model.MaxLatenessMinutes,
            TrackingEnabled: model.TrackingEnabled);
    }

    /// <summary>A trigger settings error keyed by the form field it belongs to, in the engine's words.</summary>
    public static (string Field, string Error) FormError(TriggerSettingsError error) => (FieldOf(error.Field), $"{error.Field} {error.Message}");

    private static string FieldOf(string engineField) => engineField switch
    {
        "thresholdMinutes" => nameof(ScenarioModel.AbandonedCartThresholdMinutes),
        "days" => nameof(ScenarioModel.InactivityDays),
        "delayDays" => nameof(ScenarioModel.AfterOrderDelayDays),
        _ when engineField.StartsWith("dates", StringComparison.Ordinal) => nameof(ScenarioModel.CalendarDates),
        _ => string.Empty
    };

    private static ScenarioModel FromScenario(Scenario scenario)
    {
        var model = new ScenarioModel
        {
            Name = scenario.Name,
            Description = scenario.Description,
            StoreId = scenario.StoreId,
            TriggerKindId = scenario.TriggerKindId,
            AbandonedCartThresholdMinutes = 60,
            InactivityDays = 90,
            AfterOrderDelayDays = 30,
            EntrySegmentId = scenario.EntrySegmentId ?? 0,
            CategoryId = scenario.CategoryId,
            ReEntryPolicyId = scenario.ReEntryPolicyId,
            ReEntryCooldownHours = scenario.ReEntryCooldownHours,
            HoldoutPercent = scenario.HoldoutPercent,
            LatenessPolicyId = scenario.LatenessPolicyId,
            MaxLatenessMinutes = scenario.MaxLatenessMinutes,
            TrackingEnabled = scenario.TrackingEnabled
        };
        try
        {
            model.ExitGoalIds = StepSettingsJson.ParseExitGoals(scenario.ExitGoalsJson).Select(g => (int)g).ToList();
            switch (TriggerSettingsJson.ForKind(scenario.TriggerKind, scenario.TriggerSettingsJson))
            {
                case AbandonedCartTriggerSettings cart: model.AbandonedCartThresholdMinutes = cart.ThresholdMinutes; break;
                case InactivityTriggerSettings inactivity: model.InactivityDays = inactivity.Days; break;
                case CalendarDateTriggerSettings dates: model.CalendarDates = string.Join(", ", dates.Dates); break;
                case AfterOrderTriggerSettings after: model.AfterOrderDelayDays = after.DelayDays; break;
            }
        }
        catch (Exception exception) when (exception is InvalidTriggerSettingsException or FormatException)
        {
            // A preset or an older scenario may have no trigger settings yet: the form starts from the defaults.
        }

        return model;
    }

    private async Task<Dictionary<int, string>> StoreNamesAsync() =>
        (await _stores.Table.Where(s => !s.Deleted).Select(s => new { s.Id, s.Name }).ToListAsync()).ToDictionary(s => s.Id, s => s.Name);

    private async Task<IList<SelectListItem>> StoreItemsAsync(int selected, string allText) =>
        (await StoreNamesAsync()).OrderBy(s => s.Key)
        .Select(s => new SelectListItem(s.Value, s.Key.ToString(), s.Key == selected))
        .Prepend(new SelectListItem(allText, "0", selected == 0))
        .ToList();

    private async Task<IList<SelectListItem>> EnumItemsAsync<TEnum>(int selected, bool withAll = false, int allValue = 0) where TEnum : struct, Enum
    {
        var items = new List<SelectListItem>();
        if (withAll)
            items.Add(new SelectListItem(await ResourceAsync("Scenarios.Search.All"), allValue.ToString(), selected == allValue));
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var id = Convert.ToInt32(value);
            items.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(value), id.ToString(), id == selected && !(withAll && selected == allValue)));
        }

        return items;
    }

    private Task<string> ResourceAsync(string key) => _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.{key}");
}
