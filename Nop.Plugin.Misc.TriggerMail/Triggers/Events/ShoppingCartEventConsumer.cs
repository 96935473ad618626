using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Events;

/// <summary>
/// Shopping-cart items added, updated and removed (wishlist items are not a cart and are ignored).
/// </summary>
public class ShoppingCartEventConsumer :
    IConsumer<EntityInsertedEvent<ShoppingCartItem>>,
    IConsumer<EntityUpdatedEvent<ShoppingCartItem>>,
    IConsumer<EntityDeletedEvent<ShoppingCartItem>>
{
    private readonly PluginActivity _pluginActivity;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;

    public ShoppingCartEventConsumer(PluginActivity pluginActivity, TimeProvider timeProvider, TriggerInbox triggerInbox)
    {
        _pluginActivity = pluginActivity;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
    }

    public Task HandleEventAsync(EntityInsertedEvent<ShoppingCartItem> eventMessage)
    {
        var item = eventMessage?.Entity;
        return WriteAsync(item, TriggerKind.CartItemAdded, () => TriggerKeys.CartItemAdded(item.Id), item?.UpdatedOnUtc);
    }

    public Task HandleEventAsync(EntityUpdatedEvent<ShoppingCartItem> eventMessage)
    {
        var item = eventMessage?.Entity;
        return WriteAsync(item, TriggerKind.CartItemUpdated, () => TriggerKeys.CartItemUpdated(item.Id, item.UpdatedOnUtc), item?.UpdatedOnUtc);
    }

    public Task HandleEventAsync(EntityDeletedEvent<ShoppingCartItem> eventMessage)
    {
        var item = eventMessage?.Entity;
        return WriteAsync(item, TriggerKind.CartItemRemoved, () => TriggerKeys.CartItemRemoved(item.Id), null);
    }

    private async Task WriteAsync(ShoppingCartItem item, TriggerKind kind, Func<string> key, DateTime? occurredOnUtc)
    {
        if (item is null || item.ShoppingCartType != ShoppingCartType.ShoppingCart || !await _pluginActivity.IsActiveAsync())
            return;

        var occurred = occurredOnUtc is { } changed && changed != default ? changed : _timeProvider.GetUtcNow().UtcDateTime;
        var trigger = new TriggerRecord(kind, item.CustomerId, item.StoreId, occurred, item.Id, key(),
            TriggerPayloadJson.Serialize(new CartItemPayload(item.Id, item.ProductId, item.Quantity)));

        if (item.CustomerId == 0)
            await _triggerInbox.WriteSkippedAsync(trigger, $"cart item {item.Id} has no customer");
        else
            await _triggerInbox.WriteAsync(trigger);
    }
}
