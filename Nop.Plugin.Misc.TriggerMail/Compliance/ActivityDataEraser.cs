using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>
/// Removes a deleted customer's personal data from the plugin's chain and tracking tables: the trigger payloads
/// and enrollment contexts (they may quote an address, e.g. a guest's checkout email or a newsletter signup), the
/// IP address, user agent and URL of every open and click of their messages, and the stored links of those
/// messages (a link may carry a personal query string). Counts, dates and ids stay for statistics. Without the
/// links, a later click on an old email lands on the store's home page and records nothing.
/// </summary>
public class ActivityDataEraser
{
    private readonly IRepository<TriggerInboxItem> _inboxRepository;
    private readonly IRepository<Enrollment> _enrollmentRepository;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;
    private readonly IRepository<MessageLink> _linkRepository;
    private readonly TrackingLinkCache _linkCache;

    public ActivityDataEraser(IRepository<TriggerInboxItem> inboxRepository, IRepository<Enrollment> enrollmentRepository,
        IRepository<TrackingEvent> trackingEventRepository, IRepository<MessageLink> linkRepository, TrackingLinkCache linkCache)
    {
        _linkCache = linkCache;
        _inboxRepository = inboxRepository;
        _enrollmentRepository = enrollmentRepository;
        _trackingEventRepository = trackingEventRepository;
        _linkRepository = linkRepository;
    }

    /// <param name="rawEmail">The address as the host had it; a payload may quote it in any case.</param>
    /// <param name="messageIds">The customer's messages (found by customer or address before the address is erased).</param>
    public async Task EraseAsync(int customerId, string rawEmail, string normalizedEmail, IReadOnlyCollection<int> messageIds)
    {
        await ErasePayloadsAsync(customerId, rawEmail?.Trim() ?? string.Empty, normalizedEmail ?? string.Empty);
        await EraseContextsAsync(customerId);
        await EraseTrackingAsync(messageIds);
    }

    // JSON may quote an address with escapes (e.g. "+" as \u002B), so the escaped forms are looked for too.
    private async Task ErasePayloadsAsync(int customerId, string rawEmail, string normalizedEmail)
    {
        var rawJson = JsonEncodedText.Encode(rawEmail).ToString();
        var normalizedJson = JsonEncodedText.Encode(normalizedEmail).ToString();
        var items = await _inboxRepository.GetAllAsync(q => q.Where(i => i.PayloadJson != null
            && (i.CustomerId == customerId
                || (rawEmail != "" && (i.PayloadJson.Contains(rawEmail) || i.PayloadJson.Contains(rawJson)))
                || (normalizedEmail != "" && (i.PayloadJson.Contains(normalizedEmail) || i.PayloadJson.Contains(normalizedJson))))));
        foreach (var item in items)
            item.PayloadJson = null;
        if (items.Count > 0)
            await _inboxRepository.UpdateAsync(items, false);
    }

    private async Task EraseContextsAsync(int customerId)
    {
        var enrollments = await _enrollmentRepository.GetAllAsync(q => q.Where(e => e.CustomerId == customerId && e.ContextJson != null));
        foreach (var enrollment in enrollments)
            enrollment.ContextJson = null;
        if (enrollments.Count > 0)
            await _enrollmentRepository.UpdateAsync(enrollments, false);
    }

    private async Task EraseTrackingAsync(IReadOnlyCollection<int> messageIds)
    {
        if (messageIds.Count == 0)
            return;

        var ids = messageIds.ToList();
        var events = await _trackingEventRepository.GetAllAsync(q => q.Where(e => ids.Contains(e.MessageId)
            && (e.IpAddress != null || e.UserAgent != null || e.Url != null)));
        foreach (var trackingEvent in events)
        {
            trackingEvent.IpAddress = null;
            trackingEvent.UserAgent = null;
            trackingEvent.Url = null;
        }
        if (events.Count > 0)
            await _trackingEventRepository.UpdateAsync(events, false);

        await _linkRepository.DeleteAsync(link => ids.Contains(link.MessageId));
        _linkCache.Forget(ids);
    }
}
