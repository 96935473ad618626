using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Presets;

/// <summary>
/// The chains stores need first. Steps run in list order: each step's "next" leads to the following one.
/// </summary>
public static class ScenarioPresetCatalog
{
    private const int Day = 24 * 60;

    public static IReadOnlyList<ScenarioPreset> All { get; } = Enum.GetValues<ScenarioPreset>();

    public static ScenarioPresetDefinition Get(ScenarioPreset preset) => preset switch
    {
        ScenarioPreset.WelcomeSeries => new("Welcome series", "Three emails over the first week after registration.",
            TriggerKind.CustomerRegistered, ScenarioCategory.Marketing, ReEntryPolicy.OnceEver, ReEntryCooldownHours: 0, ExitGoals: [],
            Chain(Send("welcome-1"), Wait("wait-2-days", 2 * Day), Send("welcome-2"), Wait("wait-3-days", 3 * Day), Send("welcome-3"))),
        ScenarioPreset.OrderConfirmation => new("Order confirmation", "Confirms every order as soon as it is placed.",
            TriggerKind.OrderPlaced, ScenarioCategory.Transactional, ReEntryPolicy.AfterPreviousEnds, ReEntryCooldownHours: 0, ExitGoals: [],
            Chain(Send("confirmation"))),
        ScenarioPreset.ShippingUpdate => new("Shipping update", "Tells the customer their order has shipped.",
            TriggerKind.ShipmentSent, ScenarioCategory.Transactional, ReEntryPolicy.AfterPreviousEnds, ReEntryCooldownHours: 0, ExitGoals: [],
            Chain(Send("shipped"))),
        ScenarioPreset.AbandonedCart => new("Abandoned cart", "A reminder when the cart has been idle for an hour, a second one with a coupon a day later; ends when an order is placed or the cart is emptied.",
            TriggerKind.AbandonedCart, ScenarioCategory.Marketing, ReEntryPolicy.AfterCooldown, ReEntryCooldownHours: 7 * 24, ExitGoals: [ExitGoal.OrderPlaced, ExitGoal.CartEmptied],
            Chain(Send("reminder-1", LiveCheck.CartNotEmpty), Wait("wait-1-day", Day), Send("reminder-2-coupon", LiveCheck.CartNotEmpty, coupon: true))),
        ScenarioPreset.WinBack => new("Win-back", "Reaches customers without an order for 90 days; a last chance after two weeks without an order.",
            TriggerKind.Inactivity, ScenarioCategory.Marketing, ReEntryPolicy.AfterCooldown, ReEntryCooldownHours: 180 * 24, ExitGoals: [ExitGoal.OrderPlaced],
            Chain(Send("we-miss-you"), Wait("wait-14-days", 14 * Day), Send("last-chance", coupon: true))),
        ScenarioPreset.Birthday => new("Birthday", "A greeting (with a coupon slot) on the customer's birthday, in their morning.",
            TriggerKind.Birthday, ScenarioCategory.Marketing, ReEntryPolicy.AfterCooldown, ReEntryCooldownHours: 300 * 24, ExitGoals: [],
            Chain(new StepDefinition("morning", StepKind.WaitUntilTime, new WaitUntilTimeSettings(9), Outcomes: null), Send("greeting", coupon: true))),
        ScenarioPreset.ReviewRequest => new("Review request", "Asks for a review three days after delivery.",
            TriggerKind.ShipmentDelivered, ScenarioCategory.Marketing, ReEntryPolicy.AfterPreviousEnds, ReEntryCooldownHours: 0, ExitGoals: [],
            Chain(Wait("wait-3-days", 3 * Day), Send("review-request"))),
        ScenarioPreset.RepeatPurchase => new("Repeat purchase", "Suggests related products 30 days after an order, unless the customer ordered again.",
            TriggerKind.OrderPlaced, ScenarioCategory.Marketing, ReEntryPolicy.AfterPreviousEnds, ReEntryCooldownHours: 0, ExitGoals: [ExitGoal.OrderPlaced],
            Chain(Wait("wait-30-days", 30 * Day), Send("related-products"))),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset.")
    };

    private static StepDefinition Send(string key, LiveCheck? check = null, bool coupon = false) =>
        new(key, StepKind.SendEmail, new SendEmailSettings(LiveChecks: check is null ? null : [check.Value], CouponSlot: coupon), Outcomes: null);

    private static StepDefinition Wait(string key, int minutes) =>
        new(key, StepKind.WaitDuration, new WaitDurationSettings(minutes), null);

    private static IReadOnlyList<StepDefinition> Chain(params StepDefinition[] steps) =>
        steps.Select((s, i) => s with
        {
            Outcomes = i + 1 < steps.Length ? new Dictionary<string, string> { [StepOutcomes.Next] = steps[i + 1].Key } : new Dictionary<string, string>()
        }).ToList();
}
