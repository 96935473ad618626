using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <summary>
/// The statistics pages' period: a preset (the last <see cref="Days"/> days, today included) or a from/to pair of
/// days (UTC, both inclusive). Neither means the last 30 days.
/// </summary>
public record StatisticsFilterModel : BaseNopModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Statistics.Fields.";

    public int ScenarioId { get; set; }

    [NopResourceDisplayName(Fields + nameof(From))]
    [UIHint("DateNullable")]
    public DateTime? From { get; set; }

    [NopResourceDisplayName(Fields + nameof(To))]
    [UIHint("DateNullable")]
    public DateTime? To { get; set; }

    [NopResourceDisplayName(Fields + nameof(Days))]
    public int? Days { get; set; }
}
