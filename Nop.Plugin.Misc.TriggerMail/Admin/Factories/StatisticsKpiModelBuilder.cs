using Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>The KPI cards from <see cref="EngagementFigures"/>: the rates and incremental figures are the engine's own.</summary>
public class StatisticsKpiModelBuilder
{
    private const string Notes = TriggerMailDefaults.LocalePrefix + ".Statistics.Kpi.Note.";

    private readonly ILocalizationService _localizationService;

    public StatisticsKpiModelBuilder(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    public Task<StatisticsKpiModel> OfAsync(EngagementFigures figures) =>
        BuildAsync(figures, figures.IncrementalOrders, figures.IncrementalRevenue);

    /// <summary>
    /// Every scenario together. Counts add up; incremental orders and revenue are each scenario's own (against its
    /// own holdout) added up, since one holdout's baseline says nothing about another scenario's recipients.
    /// </summary>
    public Task<StatisticsKpiModel> OverallAsync(IReadOnlyCollection<EngagementFigures> scenarios)
    {
        var total = new EngagementFigures
        {
            Recipients = scenarios.Sum(f => f.Recipients),
            Sent = scenarios.Sum(f => f.Sent),
            Failed = scenarios.Sum(f => f.Failed),
            Suppressed = scenarios.Sum(f => f.Suppressed),
            UniqueOpens = scenarios.Sum(f => f.UniqueOpens),
            UniqueHumanOpens = scenarios.Sum(f => f.UniqueHumanOpens),
            UniqueClicks = scenarios.Sum(f => f.UniqueClicks),
            Unsubscribes = scenarios.Sum(f => f.Unsubscribes),
            Orders = scenarios.Sum(f => f.Orders),
            Revenue = scenarios.Sum(f => f.Revenue),
            HoldoutRecipients = scenarios.Sum(f => f.HoldoutRecipients),
            HoldoutOrders = scenarios.Sum(f => f.HoldoutOrders),
            HoldoutRevenue = scenarios.Sum(f => f.HoldoutRevenue)
        };
        return BuildAsync(total, scenarios.Sum(f => f.IncrementalOrders), scenarios.Sum(f => f.IncrementalRevenue));
    }

    private async Task<StatisticsKpiModel> BuildAsync(EngagementFigures figures, double incrementalOrders, decimal incrementalRevenue)
    {
        var model = new StatisticsKpiModel
        {
            Recipients = figures.Recipients,
            Sent = figures.Sent + figures.Failed,
            Delivered = figures.Sent,
            Failed = figures.Failed,
            Suppressed = figures.Suppressed,
            UniqueHumanOpens = figures.UniqueHumanOpens,
            HumanOpenRate = figures.HumanOpenRate,
            UniqueClicks = figures.UniqueClicks,
            ClickRate = figures.ClickRate,
            ClickToOpenRate = figures.ClickToOpenRate,
            Unsubscribes = figures.Unsubscribes,
            Orders = figures.Orders,
            Revenue = figures.Revenue,
            RevenuePerRecipient = figures.RevenuePerRecipient,
            HoldoutRecipients = figures.HoldoutRecipients,
            HoldoutOrders = figures.HoldoutOrders,
            IncrementalOrders = incrementalOrders,
            IncrementalRevenue = incrementalRevenue,
            HasHoldout = figures.HoldoutRecipients > 0
        };

        var deliveredShare = model.Sent == 0 ? 0 : (double)model.Delivered / model.Sent;
        model.Cards =
        [
            Card("Sent", StatisticsFormat.Count(model.Sent), await NoteAsync("Sent", StatisticsFormat.Count(model.Failed), StatisticsFormat.Count(model.Suppressed)), "fas fa-paper-plane"),
            Card("Delivered", StatisticsFormat.Count(model.Delivered), await NoteAsync("Delivered", StatisticsFormat.Percent(deliveredShare)), "fas fa-inbox"),
            Card("HumanOpenRate", StatisticsFormat.Percent(model.HumanOpenRate), await NoteAsync("HumanOpenRate", StatisticsFormat.Count(model.UniqueHumanOpens)), "fas fa-envelope-open"),
            Card("ClickRate", StatisticsFormat.Percent(model.ClickRate), await NoteAsync("ClickRate", StatisticsFormat.Count(model.UniqueClicks), StatisticsFormat.Percent(model.ClickToOpenRate)), "fas fa-mouse-pointer"),
            Card("Unsubscribes", StatisticsFormat.Count(model.Unsubscribes), await NoteAsync("Unsubscribes", StatisticsFormat.Percent(figures.UnsubscribeRate)), "fas fa-user-slash"),
            Card("Orders", StatisticsFormat.Count(model.Orders), await NoteAsync("Orders", StatisticsFormat.Count(model.Recipients)), "fas fa-shopping-cart"),
            Card("Revenue", StatisticsFormat.Money(model.Revenue), await NoteAsync("Revenue"), "fas fa-coins"),
            Card("RevenuePerRecipient", StatisticsFormat.Money(model.RevenuePerRecipient), await NoteAsync("RevenuePerRecipient"), "fas fa-user-tag"),
            Card("IncrementalOrders", model.HasHoldout ? StatisticsFormat.SignedCount(model.IncrementalOrders) : "—",
                model.HasHoldout ? await NoteAsync("IncrementalOrders", StatisticsFormat.Count(model.HoldoutRecipients), StatisticsFormat.Count(model.HoldoutOrders)) : await NoteAsync("NoHoldout"), "fas fa-chart-line"),
            Card("IncrementalRevenue", model.HasHoldout ? StatisticsFormat.SignedMoney(model.IncrementalRevenue) : "—",
                model.HasHoldout ? await NoteAsync("IncrementalRevenue") : await NoteAsync("NoHoldout"), "fas fa-balance-scale")
        ];
        return model;
    }

    private async Task<string> NoteAsync(string key, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, await _localizationService.GetResourceAsync(Notes + key), values);

    private static StatisticsKpiCardModel Card(string key, string value, string note, string icon) => new() { Key = key, Value = value, Note = note, Icon = icon };
}
