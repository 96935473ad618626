using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics.AbTests.Core;

[TestFixture]
public class EngagementFiguresTests
{
    [Test]
    public void Rates_are_unique_human_events_over_delivered_messages()
    {
        var figures = new EngagementFigures { Recipients = 1000, Sent = 800, UniqueHumanOpens = 200, UniqueOpens = 500, UniqueClicks = 50, Unsubscribes = 8 };

        Assert.That(figures.HumanOpenRate, Is.EqualTo(0.25));
        Assert.That(figures.ClickRate, Is.EqualTo(0.0625));
        Assert.That(figures.ClickToOpenRate, Is.EqualTo(0.25));
        Assert.That(figures.UnsubscribeRate, Is.EqualTo(0.01));
    }

    [Test]
    public void Nothing_sent_gives_zero_rates_not_nan()
    {
        var figures = new EngagementFigures();

        Assert.That(new[] { figures.HumanOpenRate, figures.ClickRate, figures.ClickToOpenRate, figures.ConversionRate }, Is.All.EqualTo(0));
        Assert.That(figures.RevenuePerRecipient, Is.EqualTo(0m));
    }

    [Test]
    public void Holdout_baseline_gives_incremental_orders_and_revenue()
    {
        var figures = new EngagementFigures
        {
            Recipients = 900, Orders = 90, Revenue = 9000m,
            HoldoutRecipients = 100, HoldoutOrders = 5, HoldoutRevenue = 500m
        };

        Assert.That(figures.IncrementalOrders, Is.EqualTo(45).Within(1e-9));
        Assert.That(figures.IncrementalRevenue, Is.EqualTo(4500m));
        Assert.That(figures.RevenuePerRecipient, Is.EqualTo(10m));
    }

    [Test]
    public void Without_a_holdout_nothing_is_claimed_as_incremental()
    {
        var figures = new EngagementFigures { Recipients = 900, Orders = 90, Revenue = 9000m };

        Assert.That((figures.IncrementalOrders, figures.IncrementalRevenue), Is.EqualTo((0.0, 0m)));
    }
}
