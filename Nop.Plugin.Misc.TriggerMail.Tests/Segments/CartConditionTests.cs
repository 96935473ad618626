using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class CartConditionTests
{
    [Test]
    public async Task A_wishlist_is_not_a_cart()
    {
        await using var store = await StoreHarness.StartAsync();
        var product = await ProductAsync(store, 10m);
        var carting = await CustomerAsync(store, "cart@x.test");
        var wishing = await CustomerAsync(store, "wish@x.test");
        await CartItemAsync(store, carting, product);
        await CartItemAsync(store, wishing, product, type: ShoppingCartType.Wishlist);

        var withCart = await MembersAsync(store, "cart.hasItems", "is", true);
        var withoutCart = await MembersAsync(store, "cart.hasItems", "is", false);

        Assert.That(withCart, Is.EqualTo(new[] { "cart@x.test" }));
        Assert.That(withoutCart, Is.EqualTo(new[] { "wish@x.test" }));
    }

    [TestCase("gte", 100, new[] { "big@x.test" })]
    [TestCase("lt", 100, new[] { "empty@x.test", "small@x.test" })]
    [TestCase("eq", 30, new[] { "small@x.test" })]
    public async Task Cart_value_is_quantity_times_price_and_zero_for_an_empty_cart(string @operator, decimal amount, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        var cheap = await ProductAsync(store, 10m);
        var dear = await ProductAsync(store, 45m);
        var small = await CustomerAsync(store, "small@x.test");
        var big = await CustomerAsync(store, "big@x.test");
        await CustomerAsync(store, "empty@x.test");
        await CartItemAsync(store, small, cheap, quantity: 3);
        await CartItemAsync(store, big, cheap, quantity: 1);
        await CartItemAsync(store, big, dear, quantity: 2);

        var members = await MembersAsync(store, "cart.value", @operator, amount);

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Cart_contains_a_product_or_a_product_of_a_category()
    {
        await using var store = await StoreHarness.StartAsync();
        var shoes = await ProductAsync(store, 50m, categoryId: 11);
        var hat = await ProductAsync(store, 20m, categoryId: 12);
        var ann = await CustomerAsync(store, "ann@x.test");
        var bob = await CustomerAsync(store, "bob@x.test");
        await CartItemAsync(store, ann, shoes);
        await CartItemAsync(store, bob, hat);

        var withShoes = await MembersAsync(store, "cart.product", "in", new[] { shoes.Id });
        var withCategory = await MembersAsync(store, "cart.category", "in", new[] { 12 });
        var withoutShoes = await MembersAsync(store, "cart.product", "notIn", new[] { shoes.Id });

        Assert.That(withShoes, Is.EqualTo(new[] { "ann@x.test" }));
        Assert.That(withCategory, Is.EqualTo(new[] { "bob@x.test" }));
        Assert.That(withoutShoes, Is.EqualTo(new[] { "bob@x.test" }));
    }

    [TestCase("gte", 3, new[] { "stale@x.test" })]
    [TestCase("lt", 3, new[] { "fresh@x.test" })]
    public async Task Cart_age_counts_from_the_last_change_of_any_line(string @operator, int days, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        var product = await ProductAsync(store, 10m);
        var stale = await CustomerAsync(store, "stale@x.test");
        var fresh = await CustomerAsync(store, "fresh@x.test");
        await CustomerAsync(store, "empty@x.test");
        await CartItemAsync(store, stale, product, daysAgo: 5);
        await CartItemAsync(store, stale, product, daysAgo: 4);
        await CartItemAsync(store, fresh, product, daysAgo: 9);
        await CartItemAsync(store, fresh, product, daysAgo: 1);

        var members = await MembersAsync(store, "cart.ageDays", @operator, days);

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Scoped_to_a_store_only_that_stores_cart_counts()
    {
        await using var store = await StoreHarness.StartAsync();
        var product = await ProductAsync(store, 10m);
        var here = await CustomerAsync(store, "here@x.test");
        var there = await CustomerAsync(store, "there@x.test");
        await CartItemAsync(store, here, product, storeId: 1);
        await CartItemAsync(store, there, product, storeId: 2);

        var inStore1 = await MembersAsync(store, "cart.hasItems", "is", true, storeId: 1);
        var inAnyStore = await MembersAsync(store, "cart.hasItems", "is", true);

        Assert.That(inStore1, Is.EqualTo(new[] { "here@x.test" }));
        Assert.That(inAnyStore, Is.EqualTo(new[] { "here@x.test", "there@x.test" }));
    }
}
