using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Core;

[TestFixture]
public class InactivityAndCartRuleTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void An_order_after_the_last_activity_is_the_last_sign_of_life()
    {
        var anchor = InactivityRule.Anchor(Now.AddDays(-40), Now.AddDays(-10));

        Assert.That(anchor, Is.EqualTo(Now.AddDays(-10)));
        Assert.That(InactivityRule.IsInactive(anchor, Now, 30), Is.False);
    }

    [Test]
    public void The_same_silence_is_one_episode_whatever_the_sub_second_precision()
    {
        var stored = Now.AddDays(-31).AddTicks(1234);

        var keys = new[] { TriggerKeys.Inactivity(1, 7, stored), TriggerKeys.Inactivity(1, 7, stored.AddTicks(-1234)) };

        Assert.That(keys.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void A_cart_younger_than_the_threshold_is_not_abandoned_yet()
    {
        var decision = AbandonedCartRule.Decide(new AbandonedCartFacts(Now.AddMinutes(-59), true, false, false), TimeSpan.FromHours(1), Now);

        Assert.That(decision, Is.EqualTo(AbandonedCartDecision.NotYetAbandoned));
    }

    [Test]
    public void A_cart_followed_by_an_order_is_not_abandoned()
    {
        var decision = AbandonedCartRule.Decide(new AbandonedCartFacts(Now.AddHours(-2), true, true, false), TimeSpan.FromHours(1), Now);

        Assert.That(decision, Is.EqualTo(AbandonedCartDecision.OrderedSince));
    }

    [Test]
    public void A_cart_without_an_email_to_remind_is_not_fired()
    {
        var decision = AbandonedCartRule.Decide(new AbandonedCartFacts(Now.AddHours(-2), false, false, false), TimeSpan.FromHours(1), Now);

        Assert.That(decision, Is.EqualTo(AbandonedCartDecision.NoEmail));
    }

    [Test]
    public void A_merged_cart_already_reminded_as_the_guests_is_not_fired_again()
    {
        var decision = AbandonedCartRule.Decide(new AbandonedCartFacts(Now.AddHours(-2), true, false, true), TimeSpan.FromHours(1), Now);

        Assert.That(decision, Is.EqualTo(AbandonedCartDecision.AlreadyRemindedAsGuest));
    }

    [Test]
    public void An_abandoned_cart_with_an_email_fires()
    {
        var decision = AbandonedCartRule.Decide(new AbandonedCartFacts(Now.AddHours(-1), true, false, false), TimeSpan.FromHours(1), Now);

        Assert.That(decision, Is.EqualTo(AbandonedCartDecision.Fire));
    }

    [Test]
    public void Each_partial_refund_has_a_key_of_its_own_and_a_replay_the_same()
    {
        var first = TriggerKeys.OrderRefunded(5, 10m);
        var replay = TriggerKeys.OrderRefunded(5, 10.00m);
        var second = TriggerKeys.OrderRefunded(5, 25m);

        Assert.That(replay, Is.EqualTo(first));
        Assert.That(second, Is.Not.EqualTo(first));
    }
}
