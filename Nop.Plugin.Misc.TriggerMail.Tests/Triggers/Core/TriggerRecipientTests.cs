using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Core;

[TestFixture]
public class TriggerRecipientTests
{
    private static readonly DateTime LeftOn = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_guests_abandoned_cart_names_her_checkout_email()
    {
        var payload = TriggerPayloadJson.Serialize(new AbandonedCartPayload(LeftOn, 60, "guest@example.com", true, []));

        var email = TriggerRecipient.GuestEmailOf(TriggerKind.AbandonedCart, payload);

        Assert.That(email, Is.EqualTo("guest@example.com"));
    }

    [Test]
    public void A_registered_customers_cart_names_no_address_since_the_account_has_one()
    {
        var payload = TriggerPayloadJson.Serialize(new AbandonedCartPayload(LeftOn, 60, "ann@example.com", false, []));

        var email = TriggerRecipient.GuestEmailOf(TriggerKind.AbandonedCart, payload);

        Assert.That(email, Is.Null);
    }

    [TestCase(TriggerKind.AbandonedCart, "{not json")]
    [TestCase(TriggerKind.AbandonedCart, null)]
    [TestCase(TriggerKind.NewsletterSubscribed, "{\"email\":\"ann@example.com\",\"isGuest\":true}")]
    public void Other_triggers_and_unreadable_payloads_name_no_address(TriggerKind kind, string payload)
    {
        var email = TriggerRecipient.GuestEmailOf(kind, payload);

        Assert.That(email, Is.Null);
    }
}
