using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

/// <summary>
/// The segment form. <see cref="RulesJson"/> is the rule tree in the segment rule model's JSON shape, written by the
/// rule builder; the builder's catalogue and the rule errors to show beside conditions are prepared, never posted.
/// </summary>
public record SegmentModel : BaseNopEntityModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Segments.Fields.";

    [NopResourceDisplayName(Fields + nameof(Name))]
    public string Name { get; set; }

    [NopResourceDisplayName(Fields + nameof(Description))]
    public string Description { get; set; }

    [NopResourceDisplayName(Fields + nameof(RulesJson))]
    public string RulesJson { get; set; }

    public int? CachedCount { get; set; }

    public DateTime? CountedOnUtc { get; set; }

    public IList<string> ScenarioNames { get; set; } = [];

    /// <summary>The rule builder's configuration (field catalogue, labels, pick-lists) as JSON.</summary>
    public string RuleBuilderJson { get; set; }

    /// <summary>The rule model's errors for the posted rules (path and message) as JSON, for the builder to place.</summary>
    public string RuleErrorsJson { get; set; }
}
