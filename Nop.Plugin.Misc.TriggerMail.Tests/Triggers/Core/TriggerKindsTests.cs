using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Core;

[TestFixture]
public class TriggerKindsTests
{
    [TestCase(TriggerKind.CustomerRegistered, false, false)]
    [TestCase(TriggerKind.CustomerLoggedIn, false, false)]
    [TestCase(TriggerKind.OrderPlaced, true, false)]
    [TestCase(TriggerKind.OrderPaid, true, false)]
    [TestCase(TriggerKind.OrderStatusChanged, true, false)]
    [TestCase(TriggerKind.ShipmentSent, false, true)]
    [TestCase(TriggerKind.ShipmentDelivered, false, true)]
    [TestCase(TriggerKind.OrderRefunded, true, false)]
    [TestCase(TriggerKind.CartItemAdded, false, false)]
    [TestCase(TriggerKind.CartItemUpdated, false, false)]
    [TestCase(TriggerKind.CartItemRemoved, false, false)]
    [TestCase(TriggerKind.NewsletterSubscribed, false, false)]
    [TestCase(TriggerKind.NewsletterUnsubscribed, false, false)]
    [TestCase(TriggerKind.AbandonedCart, false, false)]
    [TestCase(TriggerKind.Inactivity, false, false)]
    [TestCase(TriggerKind.Birthday, false, false)]
    [TestCase(TriggerKind.RegistrationAnniversary, false, false)]
    [TestCase(TriggerKind.FirstOrderAnniversary, false, false)]
    [TestCase(TriggerKind.CalendarDate, false, false)]
    [TestCase(TriggerKind.AfterOrderPlaced, true, false)]
    [TestCase(TriggerKind.AfterOrderDelivered, true, false)]
    public void TriggerKinds_EachKind_SaysWhetherItConcernsAnOrderOrAShipment(TriggerKind kind, bool order, bool shipment)
    {
        var concerns = (TriggerKinds.ConcernsOrder(kind), TriggerKinds.ConcernsShipment(kind));

        Assert.That(concerns, Is.EqualTo((order, shipment)));
    }

    [Test]
    public void TriggerKinds_EveryKind_IsInTheTableAbove()
    {
        var listed = typeof(TriggerKindsTests).GetMethod(nameof(TriggerKinds_EachKind_SaysWhetherItConcernsAnOrderOrAShipment))!
            .GetCustomAttributes(typeof(TestCaseAttribute), false).Cast<TestCaseAttribute>().Select(t => (TriggerKind)t.Arguments[0]!);

        Assert.That(listed, Is.EquivalentTo(Enum.GetValues<TriggerKind>()));
    }

    [TestCase(TriggerKind.OrderPaid, 7, 7, null)]
    [TestCase(TriggerKind.ShipmentSent, 7, null, 7)]
    [TestCase(TriggerKind.AbandonedCart, 7, null, null)]
    public void TriggerKinds_EntityId_IsTheOrderOrTheShipmentOnlyForTheirKinds(TriggerKind kind, int entityId, int? order, int? shipment)
    {
        var subject = (TriggerKinds.OrderOf(kind, entityId), TriggerKinds.ShipmentOf(kind, entityId));

        Assert.That(subject, Is.EqualTo((order, shipment)));
    }
}
