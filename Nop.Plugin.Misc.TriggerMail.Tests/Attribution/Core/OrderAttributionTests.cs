using Nop.Plugin.Misc.TriggerMail.Attribution.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Attribution.Core;

[TestFixture]
public class OrderAttributionTests
{
    private static readonly DateTime Clicked = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan FiveDays = TimeSpan.FromDays(5);

    [Test]
    public void An_order_four_days_after_a_click_is_attributed_to_that_message()
    {
        var touches = new[] { new Touch(7, TrackingEventType.Click, Clicked, false) };

        var attributed = OrderAttribution.AttributedMessageId(Clicked.AddDays(4), touches, FiveDays, AttributionBasis.Click);

        Assert.That(attributed, Is.EqualTo(7));
    }

    [Test]
    public void An_order_six_days_after_a_click_is_not_attributed()
    {
        var touches = new[] { new Touch(7, TrackingEventType.Click, Clicked, false) };

        var attributed = OrderAttribution.AttributedMessageId(Clicked.AddDays(6), touches, FiveDays, AttributionBasis.Click);

        Assert.That(attributed, Is.Null);
    }

    [Test]
    public void The_last_click_before_the_order_wins()
    {
        var touches = new[]
        {
            new Touch(1, TrackingEventType.Click, Clicked, false),
            new Touch(2, TrackingEventType.Click, Clicked.AddDays(1), false),
            new Touch(3, TrackingEventType.Click, Clicked.AddDays(3), false)
        };

        var attributed = OrderAttribution.AttributedMessageId(Clicked.AddDays(2), touches, FiveDays, AttributionBasis.Click);

        Assert.That(attributed, Is.EqualTo(2));
    }

    [Test]
    public void Opens_count_only_when_the_admin_chose_the_open_basis()
    {
        var touches = new[] { new Touch(4, TrackingEventType.Open, Clicked, false) };

        var byClick = OrderAttribution.AttributedMessageId(Clicked.AddHours(5), touches, FiveDays, AttributionBasis.Click);
        var byOpen = OrderAttribution.AttributedMessageId(Clicked.AddHours(5), touches, FiveDays, AttributionBasis.ClickOrOpen);

        Assert.That((byClick, byOpen), Is.EqualTo(((int?)null, (int?)4)));
    }

    [Test]
    public void A_scanner_click_earns_no_order()
    {
        var touches = new[] { new Touch(9, TrackingEventType.Click, Clicked, IsMachine: true) };

        Assert.That(OrderAttribution.AttributedMessageId(Clicked.AddDays(1), touches, FiveDays, AttributionBasis.Click), Is.Null);
    }
}
