using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using static Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios.ScenarioPagesWorld;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;

/// <summary>
/// A store two months into trigger mail: six scenarios in every status, and an abandoned-cart chain with an
/// A/B-tested first email, a wait, a yes/no branch and a coupon email, with enrollments and daily figures.
/// The expected figures are added up here from the seeded rows.
/// </summary>
public sealed class ScenarioPagesDemo
{
    public Scenario Cart { get; private init; }

    public int CartInFlight { get; private init; }

    public int CartSentLast7Days { get; private set; }

    public int CartOrdersLast30Days { get; private set; }

    public decimal CartRevenueLast30Days { get; private set; }

    public int SecondEmailSent { get; private set; }

    public int SecondEmailOrders { get; private set; }

    public int VariantBSent { get; private set; }

    public int WaitEntered { get; private init; }

    public static async Task<ScenarioPagesDemo> SeedAsync(ScenarioPagesWorld world)
    {
        var fashion = await world.ShopAsync("Fashion store");
        var outlet = await world.ShopAsync("Outlet store");
        var reminderA = await world.TemplateAsync("Cart reminder – classic");
        var reminderB = await world.TemplateAsync("Cart reminder – product grid");
        var coupon = await world.TemplateAsync("Last chance – 10 % coupon");
        var welcome1 = await world.TemplateAsync("Welcome 1 – our story");
        var welcome2 = await world.TemplateAsync("Welcome 2 – bestsellers");
        var confirmation = await world.TemplateAsync("Order confirmation");
        var birthday = await world.TemplateAsync("Birthday greeting");
        await world.SegmentAsync("Repeat buyers");

        var cart = await world.ScenarioAsync("Abandoned cart rescue", TriggerKind.AbandonedCart, ScenarioStatus.Active, fashion.Id,
            new StepDefinition("email-1", StepKind.SendEmail, new SendEmailSettings(reminderA.Id,
                    [new EmailVariant("A", reminderA.Id, 50), new EmailVariant("B", reminderB.Id, 50)], [LiveCheck.CartNotEmpty], new SendWindow(8, 21)),
                new Dictionary<string, string> { ["next"] = "wait-1" }, "Reminder (A/B test)"),
            new StepDefinition("wait-1", StepKind.WaitDuration, new WaitDurationSettings(24 * 60), new Dictionary<string, string> { ["next"] = "condition-1" }, "Wait a day"),
            new StepDefinition("condition-1", StepKind.Condition, new ConditionSettings(ConditionKind.ClickedPrevious, "email-1"),
                new Dictionary<string, string> { ["true"] = "exit-1", ["false"] = "email-2" }, "Clicked the reminder?"),
            new StepDefinition("exit-1", StepKind.Exit, new ExitSettings("clicked the reminder"), new Dictionary<string, string>(), "Leave the chain"),
            new StepDefinition("email-2", StepKind.SendEmail, new SendEmailSettings(coupon.Id, LiveChecks: [LiveCheck.CartNotEmpty], CouponSlot: true),
                new Dictionary<string, string>(), "Last chance with coupon"));
        var waiting = await world.EnrollAsync(cart, EnrollmentStatus.Waiting, 31, stepKey: "wait-1");
        var running = await world.EnrollAsync(cart, EnrollmentStatus.Running, 3, stepKey: "email-2");
        var completed = await world.EnrollAsync(cart, EnrollmentStatus.Completed, 87, stepKey: "email-2");
        var exited = await world.EnrollAsync(cart, EnrollmentStatus.Exited, 29, stepKey: "exit-1");
        await world.EnrollAsync(cart, EnrollmentStatus.Holdout, 9);
        foreach (var enrollment in waiting.Concat(running).Concat(completed).Concat(exited))
            await world.LogAsync(enrollment, "wait-1", 1);
        foreach (var enrollment in exited)
            await world.LogAsync(enrollment, "exit-1", 2);
        foreach (var enrollment in running.Concat(completed))
            await world.LogAsync(enrollment, "email-2", 2);

        var demo = new ScenarioPagesDemo { Cart = cart, CartInFlight = waiting.Count + running.Count, WaitEntered = waiting.Count + running.Count + completed.Count + exited.Count };
        foreach (var (days, step, variant, sent, opens, clicks, orders, revenue) in new (int, string, string, int, int, int, int, decimal)[]
                 {
                     (2, "email-1", "A", 24, 11, 4, 2, 183.40m), (2, "email-1", "B", 23, 13, 6, 3, 241.90m), (3, "email-2", "", 30, 12, 5, 4, 310.00m),
                     (12, "email-1", "A", 21, 9, 3, 1, 74.50m), (12, "email-1", "B", 22, 12, 5, 2, 158.00m), (13, "email-2", "", 35, 13, 4, 3, 221.50m),
                     (45, "email-1", "A", 30, 12, 4, 2, 120.00m), (45, "email-1", "B", 30, 15, 7, 3, 260.00m), (46, "email-2", "", 25, 9, 2, 2, 140.00m)
                 })
        {
            await world.StatAsync(cart, days, step, variant, sent: sent, opens: opens, clicks: clicks, orders: orders, revenue: revenue);
            if (days <= 6)
                demo.CartSentLast7Days += sent;
            if (days <= 29)
            {
                demo.CartOrdersLast30Days += orders;
                demo.CartRevenueLast30Days += revenue;
            }

            if (step == "email-2")
            {
                demo.SecondEmailSent += sent;
                demo.SecondEmailOrders += orders;
            }

            if (variant == "B")
                demo.VariantBSent += sent;
        }

        var welcome = await world.ScenarioAsync("Welcome series", TriggerKind.CustomerRegistered, ScenarioStatus.Active, 0,
            Send("welcome-1", welcome1.Id, "wait-2-days"), Wait("wait-2-days", 2 * 24 * 60, "welcome-2"), Send("welcome-2", welcome2.Id));
        await world.EnrollAsync(welcome, EnrollmentStatus.Waiting, 12, stepKey: "wait-2-days");
        await world.StatAsync(welcome, 1, "welcome-1", sent: 64, opens: 41, clicks: 17, orders: 4, revenue: 212.00m);
        await world.StatAsync(welcome, 4, "welcome-2", sent: 52, opens: 30, clicks: 9, orders: 3, revenue: 145.50m);

        var confirmations = await world.ScenarioAsync("Order confirmation", TriggerKind.OrderPlaced, ScenarioStatus.Active, 0, Send("confirmation", confirmation.Id));
        await world.StatAsync(confirmations, 0, "confirmation", sent: 87, opens: 80, clicks: 22);
        await world.StatAsync(confirmations, 5, "confirmation", sent: 143, opens: 129, clicks: 35);

        var winBack = await world.ScenarioAsync("Win-back after 90 days", TriggerKind.Inactivity, ScenarioStatus.Paused, outlet.Id, Send("we-miss-you", coupon.Id));
        await world.EnrollAsync(winBack, EnrollmentStatus.Waiting, 5);
        await world.StatAsync(winBack, 20, "we-miss-you", sent: 310, opens: 96, clicks: 21, orders: 6, revenue: 388.00m);

        await world.ScenarioAsync("Birthday coupon", TriggerKind.Birthday, ScenarioStatus.Draft, 0, Send("greeting", birthday.Id));
        await world.ScenarioAsync("Black Friday 2025", TriggerKind.CalendarDate, ScenarioStatus.Archived, outlet.Id, Send("deals", coupon.Id));
        return demo;
    }
}
