using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core.Sending;

[TestFixture]
public class SendRulesTests
{
    private static readonly TimeZoneInfo NewYork = ZonedTime.FindZone("America/New_York");

    [Test]
    public void Quiet_hours_end_at_local_8_am_on_the_night_clocks_spring_forward()
    {
        // 2026-03-08 02:00 EST → 03:00 EDT. 01:30 EST is 06:30 UTC; 08:00 EDT is 12:00 UTC.
        var now = new DateTime(2026, 3, 8, 6, 30, 0, DateTimeKind.Utc);

        var allowed = SendTiming.NextAllowedUtc(now, NewYork, new SendRules(21, 8, 0), marketing: true, window: null);

        Assert.That(allowed, Is.EqualTo(new DateTime(2026, 3, 8, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Quiet_hours_end_at_local_8_am_on_the_night_clocks_fall_back()
    {
        // 2026-11-01 02:00 EDT → 01:00 EST. 08:00 EST is 13:00 UTC.
        var now = new DateTime(2026, 11, 1, 4, 30, 0, DateTimeKind.Utc);

        var allowed = SendTiming.NextAllowedUtc(now, NewYork, new SendRules(21, 8, 0), marketing: true, window: null);

        Assert.That(allowed, Is.EqualTo(new DateTime(2026, 11, 1, 13, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void A_send_window_defers_to_its_next_opening_day()
    {
        var mondayNoonUtc = new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);

        var allowed = SendTiming.NextAllowedUtc(mondayNoonUtc, TimeZoneInfo.Utc, null, marketing: true, new SendWindow(10, 16, [DayOfWeek.Wednesday]));

        Assert.That(allowed, Is.EqualTo(new DateTime(2026, 3, 4, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void A_local_time_in_the_spring_gap_means_the_moment_clocks_jumped()
    {
        var utc = ZonedTime.ToUtc(new DateTime(2026, 3, 8, 2, 30, 0), NewYork);

        Assert.That(utc, Is.EqualTo(new DateTime(2026, 3, 8, 7, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void A_local_time_that_happens_twice_means_its_first_occurrence()
    {
        var utc = ZonedTime.ToUtc(new DateTime(2026, 11, 1, 1, 30, 0), NewYork);

        Assert.That(utc, Is.EqualTo(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Frequency_cap_lets_cart_recovery_take_the_reopened_slot_before_other_marketing()
    {
        var last = Contexts.Now;

        var cart = FrequencyCap.NextAllowedUtc(Contexts.Now, last, 16, SendPriority.CartRecovery);
        var other = FrequencyCap.NextAllowedUtc(Contexts.Now, last, 16, SendPriority.Marketing);

        Assert.That(cart, Is.EqualTo(last.AddHours(16)));
        Assert.That(other, Is.GreaterThan(cart));
    }

    [Test]
    public void Frequency_cap_never_holds_back_transactional_email()
    {
        Assert.That(FrequencyCap.NextAllowedUtc(Contexts.Now, Contexts.Now, 16, SendPriority.Transactional), Is.EqualTo(Contexts.Now));
    }

    [Test]
    public void Variant_weights_split_enrollments_roughly_by_weight()
    {
        EmailVariant[] variants = [new("A", 1, 80), new("B", 2, 20)];

        var shareOfA = Enumerable.Range(1, 2000).Count(id => VariantPicker.Pick(variants, id, "ab").Key == "A") / 2000.0;

        Assert.That(shareOfA, Is.InRange(0.75, 0.85));
    }

    [Test]
    public void Holdout_draw_is_deterministic_and_near_its_percentage()
    {
        var first = Enumerable.Range(1, 2000).Select(c => HoldoutDraw.IsHoldout(3, c, 1, 10)).ToList();
        var second = Enumerable.Range(1, 2000).Select(c => HoldoutDraw.IsHoldout(3, c, 1, 10)).ToList();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Count(h => h) / 2000.0, Is.InRange(0.07, 0.13));
    }

    [TestCase(ReEntryPolicy.OnceEver, true, 0, false)]
    [TestCase(ReEntryPolicy.AfterPreviousEnds, false, 0, false)]
    [TestCase(ReEntryPolicy.AfterPreviousEnds, true, 0, true)]
    [TestCase(ReEntryPolicy.AfterCooldown, true, 48, false)]
    [TestCase(ReEntryPolicy.AfterCooldown, true, 12, true)]
    public void Re_entry_follows_the_policy(ReEntryPolicy policy, bool previousEnded, int cooldownHours, bool expected)
    {
        var previous = new PreviousEntry(1, previousEnded, Contexts.Now.AddDays(-2), previousEnded ? Contexts.Now.AddDays(-1) : null);

        Assert.That(ReEntryRule.Allows(policy, cooldownHours, previous, Contexts.Now), Is.EqualTo(expected));
    }

    [Test]
    public void Bad_step_settings_json_is_an_error_naming_the_step()
    {
        var error = Assert.Throws<FormatException>(() => StepSettingsJson.Parse(StepKind.WaitDuration, "{\"minutes\": \"soon\"}", "wait-1"));

        Assert.That(error.Message, Does.StartWith("Step 'wait-1': SettingsJson is not valid WaitDurationSettings"));
    }
}
