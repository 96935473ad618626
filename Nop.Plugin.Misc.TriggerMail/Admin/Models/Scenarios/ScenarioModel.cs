using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>
/// A scenario's settings as the admin edits them. Trigger settings have one field per setting; only those of the
/// chosen trigger are used. The chain is edited in the chain editor and saved separately as JSON.
/// </summary>
public record ScenarioModel : BaseNopEntityModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Scenarios.Fields.";

    [NopResourceDisplayName(Fields + nameof(Name))]
    public string Name { get; set; }

    [NopResourceDisplayName(Fields + nameof(Description))]
    public string Description { get; set; }

    [NopResourceDisplayName(Fields + nameof(StoreId))]
    public int StoreId { get; set; }

    [NopResourceDisplayName(Fields + nameof(TriggerKindId))]
    public int TriggerKindId { get; set; }

    [NopResourceDisplayName(Fields + nameof(AbandonedCartThresholdMinutes))]
    public int AbandonedCartThresholdMinutes { get; set; }

    [NopResourceDisplayName(Fields + nameof(InactivityDays))]
    public int InactivityDays { get; set; }

    [NopResourceDisplayName(Fields + nameof(CalendarDates))]
    public string CalendarDates { get; set; }

    [NopResourceDisplayName(Fields + nameof(AfterOrderDelayDays))]
    public int AfterOrderDelayDays { get; set; }

    [NopResourceDisplayName(Fields + nameof(EntrySegmentId))]
    public int EntrySegmentId { get; set; }

    [NopResourceDisplayName(Fields + nameof(CategoryId))]
    public int CategoryId { get; set; }

    [NopResourceDisplayName(Fields + nameof(ReEntryPolicyId))]
    public int ReEntryPolicyId { get; set; }

    [NopResourceDisplayName(Fields + nameof(ReEntryCooldownHours))]
    public int ReEntryCooldownHours { get; set; }

    [NopResourceDisplayName(Fields + nameof(ExitGoalIds))]
    public IList<int> ExitGoalIds { get; set; } = new List<int>();

    [NopResourceDisplayName(Fields + nameof(HoldoutPercent))]
    public int HoldoutPercent { get; set; }

    [NopResourceDisplayName(Fields + nameof(LatenessPolicyId))]
    public int LatenessPolicyId { get; set; }

    [NopResourceDisplayName(Fields + nameof(MaxLatenessMinutes))]
    public int MaxLatenessMinutes { get; set; }

    [NopResourceDisplayName(Fields + nameof(TrackingEnabled))]
    public bool TrackingEnabled { get; set; }

    public int StatusId { get; set; }

    public string StatusName { get; set; }

    /// <summary>The badge's CSS class for the status.</summary>
    public string StatusCss { get; set; }

    /// <summary>A draft's unsaved chain may be rewritten in place while no customer is on its version.</summary>
    public bool IsDraft { get; set; }

    public bool CanActivate { get; set; }

    public bool CanPause { get; set; }

    public bool CanArchive { get; set; }

    public int CurrentVersion { get; set; }

    /// <summary>Customers in flight per version (newest first), for the "what happens if I edit" notice.</summary>
    public IList<ScenarioVersionModel> InFlightVersions { get; set; } = new List<ScenarioVersionModel>();

    /// <summary>What the chain editor starts from (steps, templates, live numbers, errors), as JSON.</summary>
    public string ChainEditorJson { get; set; }

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableTriggerKinds { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableSegments { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableCategories { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableReEntryPolicies { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableExitGoals { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableLatenessPolicies { get; set; } = new List<SelectListItem>();
}
