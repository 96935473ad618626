using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// The scenario pages' texts (list, create, edit, chain editor) and the names of the enums they show.
/// </summary>
public static class ScenarioLocaleResources
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".Scenarios.";

    public const string ChainEditorPrefix = TriggerMailDefaults.LocalePrefix + ".ChainEditor.";

    /// <summary>The chain editor's own texts (key below <see cref="ChainEditorPrefix"/> → English), handed to its script.</summary>
    public static IReadOnlyDictionary<string, string> ChainEditorTexts { get; } = new Dictionary<string, string>
    {
        ["Start"] = "Trigger",
        ["End"] = "End of chain",
        ["Add"] = "Add a step here",
        ["AddEmail"] = "Email",
        ["AddWait"] = "Wait",
        ["AddWaitUntil"] = "Wait until time",
        ["AddWaitForEvent"] = "Wait for event",
        ["AddCondition"] = "Yes/no condition",
        ["AddExit"] = "Exit",
        ["AddGoto"] = "Go to step",
        ["Yes"] = "Yes",
        ["No"] = "No",
        ["Happened"] = "Happened",
        ["TimedOut"] = "Timed out",
        ["MoveUp"] = "Move up",
        ["MoveDown"] = "Move down",
        ["Remove"] = "Remove step (a condition keeps its yes path)",
        ["Name"] = "Step name",
        ["Template"] = "Template",
        ["ChooseTemplate"] = "Choose a template",
        ["AbSplit"] = "A/B split",
        ["AddVariant"] = "Add variant",
        ["Variant"] = "Variant",
        ["Weight"] = "Weight",
        ["SendWindow"] = "Only send between",
        ["And"] = "and",
        ["Weekdays"] = "On",
        ["LiveCartNotEmpty"] = "Only if the cart is still not empty",
        ["LiveNoOrder"] = "Only if no order since entering",
        ["Coupon"] = "Coupon slot",
        ["WaitFor"] = "Wait for",
        ["Minute"] = "minute",
        ["Minutes"] = "minutes",
        ["Hour"] = "hour",
        ["Day"] = "day",
        ["Hours"] = "hours",
        ["Days"] = "days",
        ["WaitUntilTime"] = "Wait until (customer's local time)",
        ["Event"] = "Event",
        ["Timeout"] = "or give up after",
        ["OfStep"] = "Email",
        ["AnyEmail"] = "any email of this chain",
        ["Condition"] = "Condition",
        ["Amount"] = "Amount",
        ["Segment"] = "Segment",
        ["ProductId"] = "Product id (0: the trigger's product)",
        ["ExitReason"] = "Reason",
        ["GotoTarget"] = "Continue at",
        ["Entered"] = "entered",
        ["Sent"] = "sent",
        ["Opened"] = "opened",
        ["Clicked"] = "clicked",
        ["Ordered"] = "ordered",
        ["Save"] = "Save chain",
        ["Saving"] = "Saving…",
        ["Unsaved"] = "Unsaved changes",
        ["Refused"] = "The chain was not saved; fix the steps marked in red. Your changes are kept.",
        ["Empty"] = "No steps yet: add the first step.",
        ["EventOpened"] = "Opened an email",
        ["EventClicked"] = "Clicked an email",
        ["EventOpenedOrClicked"] = "Opened or clicked",
        ["EventOrdered"] = "Placed an order",
        ["CondOpenedPrevious"] = "Opened an email",
        ["CondClickedPrevious"] = "Clicked an email",
        ["CondOrderedSinceEnrollment"] = "Ordered since entering",
        ["CondOrderTotalAtLeast"] = "Ordered at least (total)",
        ["CondInSegment"] = "Is in segment",
        ["CondCartNotEmpty"] = "Cart is not empty",
        ["CondProductInStock"] = "Product is in stock"
    };

    public static void Add(IDictionary<string, string> resources)
    {
        resources[$"{Prefix}List"] = "Scenarios";
        resources[$"{Prefix}AddNew"] = "Add new scenario";
        resources[$"{Prefix}BackToList"] = "back to scenario list";
        resources[$"{Prefix}Create"] = "Add a new scenario";
        resources[$"{Prefix}Create.Blank"] = "Blank scenario";
        resources[$"{Prefix}Create.BlankDescription"] = "Start from an empty chain and build it step by step.";
        resources[$"{Prefix}Create.Use"] = "Use this preset";
        resources[$"{Prefix}Create.Steps"] = "steps";
        resources[$"{Prefix}Created"] = "The scenario has been created as a draft. Pick the templates, then activate it.";
        resources[$"{Prefix}Edit"] = "Edit scenario";
        resources[$"{Prefix}Saved"] = "The scenario has been saved.";
        resources[$"{Prefix}Activated"] = "The scenario is active: new triggers enter it.";
        resources[$"{Prefix}NotActivated"] = "The scenario was not activated:";
        resources[$"{Prefix}Paused"] = "The scenario is paused: no new entries, customers in flight wait until it is activated again.";
        resources[$"{Prefix}Archived"] = "The scenario is archived: customers in flight leave it at their next step.";
        resources[$"{Prefix}StatusNotChanged"] = "A scenario that is {0} cannot become {1}.";
        resources[$"{Prefix}Activate"] = "Activate";
        resources[$"{Prefix}Pause"] = "Pause";
        resources[$"{Prefix}Archive"] = "Archive";
        resources[$"{Prefix}AllStores"] = "All stores";
        resources[$"{Prefix}EveryCustomer"] = "Every customer";
        resources[$"{Prefix}NewName"] = "New scenario";
        resources[$"{Prefix}Search.AnyStore"] = "Any store";
        resources[$"{Prefix}Search.All"] = "All";
        resources[$"{Prefix}Search.Button"] = "Search";
        resources[$"{Prefix}Card.Trigger"] = "Trigger and entry";
        resources[$"{Prefix}Card.Rules"] = "Rules";
        resources[$"{Prefix}Card.Chain"] = "Chain";
        resources[$"{Prefix}Chain.Saved"] = "The chain has been saved as version {0}.";
        resources[$"{Prefix}InFlight.None"] = "No customer is in this scenario right now: saving the chain replaces version {0} of this draft.";
        resources[$"{Prefix}InFlight.NoneActive"] = "No customer is in flight: saving the chain creates version {0}, which new entries start on.";
        resources[$"{Prefix}InFlight.Some"] = "{0} customers are in flight ({1}). Saving the chain creates version {2} for new entries; the customers in flight finish on the version they started on.";
        resources[$"{Prefix}InFlight.Version"] = "{0} on version {1}";
        resources[$"{Prefix}InFlight.Current"] = "current";
        resources[$"{Prefix}Columns.Name"] = "Name";
        resources[$"{Prefix}Columns.Trigger"] = "Trigger";
        resources[$"{Prefix}Columns.Status"] = "Status";
        resources[$"{Prefix}Columns.Store"] = "Store";
        resources[$"{Prefix}Columns.EnrolledNow"] = "Enrolled now";
        resources[$"{Prefix}Columns.Sent7Days"] = "Sent (7 days)";
        resources[$"{Prefix}Columns.Orders30Days"] = "Orders (30 days)";
        resources[$"{Prefix}Columns.Revenue30Days"] = "Revenue (30 days)";
        resources[$"{Prefix}Chain.UnknownScenario"] = "ScenarioId: scenario {0} does not exist";
        resources[$"{Prefix}ArchivedNotActivated"] = "an archived scenario cannot be activated";
        AddValidation(resources);

        Field(resources, "Search.SearchName", "Name", "Part of the scenario's name.");
        Field(resources, "Search.SearchTriggerKindId", "Trigger", "Only scenarios started by this trigger.");
        Field(resources, "Search.SearchStatusId", "Status", "Only scenarios in this status.");
        Field(resources, "Search.SearchStoreId", "Store", "Only scenarios that run in this store (scenarios for all stores included).");
        Field(resources, "Fields.Name", "Name", "The scenario's name, as the admin pages show it.");
        Field(resources, "Fields.Description", "Description", "What the scenario is for (only shown here).");
        Field(resources, "Fields.StoreId", "Store", "The store whose customers enter the scenario; all stores when none is chosen.");
        Field(resources, "Fields.TriggerKindId", "Trigger", "The event or time condition that makes a customer enter the scenario.");
        Field(resources, "Fields.AbandonedCartThresholdMinutes", "Cart idle for (minutes)", "A cart counts as abandoned once it has not changed for this many minutes.");
        Field(resources, "Fields.InactivityDays", "Inactive for (days)", "Customers without activity and without an order for this many days enter.");
        Field(resources, "Fields.CalendarDates", "Dates (MM-dd)", "The days of the year the scenario fires on, separated by commas, e.g. 12-24, 03-08.");
        Field(resources, "Fields.AfterOrderDelayDays", "Days after the order", "How many days after the order was placed (or delivered) the customer enters.");
        Field(resources, "Fields.EntrySegmentId", "Entry segment", "Only customers in this segment may enter when the trigger fires.");
        Field(resources, "Fields.CategoryId", "Category", "Transactional emails are sent without marketing consent; marketing emails need it and respect quiet hours and the frequency cap.");
        Field(resources, "Fields.ReEntryPolicyId", "Re-entry", "Whether a customer may enter the scenario again: never, after the previous pass ended, or after a cooldown.");
        Field(resources, "Fields.ReEntryCooldownHours", "Re-entry cooldown (hours)", "With re-entry after a cooldown: the hours between two entries of the same customer.");
        Field(resources, "Fields.ExitGoalIds", "Exit goals", "A customer leaves the scenario as soon as one of these happens (checked before every step).");
        Field(resources, "Fields.HoldoutPercent", "Holdout (%)", "This share of entries is kept as a control group and gets no email, to measure incremental revenue.");
        Field(resources, "Fields.LatenessPolicyId", "When a step runs late", "What a step does when it runs later than allowed (e.g. the site was down): send anyway or skip the step.");
        Field(resources, "Fields.MaxLatenessMinutes", "Allowed lateness (minutes)", "How late a step may run before the lateness policy applies.");
        Field(resources, "Fields.TrackingEnabled", "Track opens and clicks", "Count opens and clicks of this scenario's emails (when tracking is on in the settings).");

        foreach (var (key, text) in ChainEditorTexts)
            resources[ChainEditorPrefix + key] = text;

        Enums(resources, new Dictionary<TriggerKind, string>
        {
            [TriggerKind.CustomerRegistered] = "Customer registered",
            [TriggerKind.CustomerLoggedIn] = "Customer logged in",
            [TriggerKind.OrderPlaced] = "Order placed",
            [TriggerKind.OrderPaid] = "Order paid",
            [TriggerKind.OrderStatusChanged] = "Order status changed",
            [TriggerKind.ShipmentSent] = "Shipment sent",
            [TriggerKind.ShipmentDelivered] = "Shipment delivered",
            [TriggerKind.OrderRefunded] = "Order refunded",
            [TriggerKind.CartItemAdded] = "Product added to cart",
            [TriggerKind.CartItemUpdated] = "Cart item changed",
            [TriggerKind.CartItemRemoved] = "Product removed from cart",
            [TriggerKind.NewsletterSubscribed] = "Newsletter subscribed",
            [TriggerKind.NewsletterUnsubscribed] = "Newsletter unsubscribed",
            [TriggerKind.AbandonedCart] = "Abandoned cart",
            [TriggerKind.Inactivity] = "Inactivity",
            [TriggerKind.Birthday] = "Birthday",
            [TriggerKind.RegistrationAnniversary] = "Registration anniversary",
            [TriggerKind.FirstOrderAnniversary] = "First order anniversary",
            [TriggerKind.CalendarDate] = "Calendar date",
            [TriggerKind.AfterOrderPlaced] = "Days after an order",
            [TriggerKind.AfterOrderDelivered] = "Days after delivery"
        });
        Enums(resources, new Dictionary<ScenarioStatus, string>
        {
            [ScenarioStatus.Draft] = "Draft", [ScenarioStatus.Active] = "Active", [ScenarioStatus.Paused] = "Paused", [ScenarioStatus.Archived] = "Archived"
        });
        Enums(resources, new Dictionary<ScenarioCategory, string>
        {
            [ScenarioCategory.Transactional] = "Transactional", [ScenarioCategory.Marketing] = "Marketing"
        });
        Enums(resources, new Dictionary<ReEntryPolicy, string>
        {
            [ReEntryPolicy.OnceEver] = "Once ever", [ReEntryPolicy.AfterPreviousEnds] = "After the previous pass ended", [ReEntryPolicy.AfterCooldown] = "After a cooldown"
        });
        Enums(resources, new Dictionary<LatenessPolicy, string>
        {
            [LatenessPolicy.SendLate] = "Send late", [LatenessPolicy.SkipStep] = "Skip the step"
        });
        Enums(resources, new Dictionary<ExitGoal, string>
        {
            [ExitGoal.OrderPlaced] = "Order placed", [ExitGoal.CartEmptied] = "Cart emptied", [ExitGoal.OrderCancelled] = "Order cancelled"
        });
        Enums(resources, new Dictionary<ScenarioPreset, string>
        {
            [ScenarioPreset.WelcomeSeries] = "Welcome series",
            [ScenarioPreset.OrderConfirmation] = "Order confirmation",
            [ScenarioPreset.ShippingUpdate] = "Shipping update",
            [ScenarioPreset.AbandonedCart] = "Abandoned cart",
            [ScenarioPreset.WinBack] = "Win-back",
            [ScenarioPreset.Birthday] = "Birthday",
            [ScenarioPreset.ReviewRequest] = "Review request",
            [ScenarioPreset.RepeatPurchase] = "Repeat purchase"
        });
    }

    /// <summary>The scenario forms' validation messages; {PropertyValue}, {From}, {To}, {MaxLength} are filled in by FluentValidation.</summary>
    private static void AddValidation(IDictionary<string, string> resources)
    {
        const string validation = Prefix + "Validation.";
        resources[validation + "Name.Required"] = "Name is required.";
        resources[validation + "Name.TooLong"] = "Name may be at most {MaxLength} characters.";
        resources[validation + "TriggerKindId.Unknown"] = "TriggerKindId {PropertyValue} is not a known trigger.";
        resources[validation + "CategoryId.Unknown"] = "CategoryId {PropertyValue} is not a known category.";
        resources[validation + "ReEntryPolicyId.Unknown"] = "ReEntryPolicyId {PropertyValue} is not a known re-entry policy.";
        resources[validation + "LatenessPolicyId.Unknown"] = "LatenessPolicyId {PropertyValue} is not a known lateness policy.";
        resources[validation + "ReEntryCooldownHours.Range"] = "ReEntryCooldownHours must be between {From} and {To} hours; {PropertyValue} was entered.";
        resources[validation + "ReEntryCooldownHours.Cooldown"] = "ReEntryCooldownHours must be above 0 when customers may re-enter after a cooldown.";
        resources[validation + "HoldoutPercent.Range"] = "HoldoutPercent must be between {From} and {To} %; {PropertyValue} was entered.";
        resources[validation + "MaxLatenessMinutes.Range"] = "MaxLatenessMinutes must be between {From} and {To} minutes (30 days); {PropertyValue} was entered.";
        resources[validation + "StoreId.Negative"] = "StoreId must be a store or 0 for all stores.";
        resources[validation + "EntrySegmentId.Negative"] = "EntrySegmentId must be a segment or 0 for every customer.";
        resources[validation + "ExitGoalIds.Unknown"] = "ExitGoalIds: {Unknown} is not a known exit goal.";
        resources[validation + "PresetId.Unknown"] = "PresetId {PropertyValue} is not a known preset.";
    }

    private static void Field(IDictionary<string, string> resources, string key, string label, string hint)
    {
        resources[Prefix + key] = label;
        resources[Prefix + key + ".Hint"] = hint;
    }

    private static void Enums<TEnum>(IDictionary<string, string> resources, IReadOnlyDictionary<TEnum, string> names) where TEnum : struct, Enum
    {
        foreach (var (value, name) in names)
            resources[TriggerMailDefaults.EnumLocaleKey(value)] = name;
    }
}
