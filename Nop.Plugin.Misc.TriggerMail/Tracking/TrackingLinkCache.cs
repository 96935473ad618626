using System.Collections.Concurrent;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// The stored links of recently clicked messages, and the ids behind guid-only tokens of older emails, so a repeated
/// click (a scanner then the reader, a reader clicking twice) does not read the database again. Bounded in size
/// (<see cref="Capacity"/> messages) and in time (<see cref="Lifetime"/>): a GDPR erase forgets the message here at
/// once, and on another server of a web farm stops its redirects once the entry expires.
/// </summary>
public class TrackingLinkCache
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<int, Entry<(Guid Guid, IReadOnlyDictionary<int, string> Urls)>> _links = new();
    private readonly ConcurrentDictionary<Guid, Entry<int>> _messageIds = new();
    private readonly TimeProvider _timeProvider;

    public TrackingLinkCache(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    /// <param name="urls">The message's stored URLs by link position (a guid that does not match is a miss).</param>
    public bool TryGetUrls(int messageId, Guid messageGuid, out IReadOnlyDictionary<int, string> urls)
    {
        urls = null;
        if (!TryGet(_links, messageId, out var value) || value.Guid != messageGuid)
            return false;

        urls = value.Urls;
        return true;
    }

    public void SetUrls(int messageId, Guid messageGuid, IReadOnlyDictionary<int, string> urls) =>
        Set(_links, messageId, (messageGuid, urls));

    public bool TryGetMessageId(Guid messageGuid, out int messageId) => TryGet(_messageIds, messageGuid, out messageId);

    public void SetMessageId(Guid messageGuid, int messageId) => Set(_messageIds, messageGuid, messageId);

    /// <summary>Drops what is known of these messages' links (erased, or rewritten by a retried send).</summary>
    public void Forget(IEnumerable<int> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        foreach (var id in messageIds)
            _links.TryRemove(id, out _);
    }

    private bool TryGet<TKey, TValue>(ConcurrentDictionary<TKey, Entry<TValue>> map, TKey key, out TValue value)
    {
        value = default;
        if (!map.TryGetValue(key, out var entry))
            return false;

        if (entry.ExpiresOnUtc <= _timeProvider.GetUtcNow())
        {
            map.TryRemove(KeyValuePair.Create(key, entry));
            return false;
        }

        value = entry.Value;
        return true;
    }

    // A miss has just read the database, so counting here costs little next to it.
    private void Set<TKey, TValue>(ConcurrentDictionary<TKey, Entry<TValue>> map, TKey key, TValue value)
    {
        var now = _timeProvider.GetUtcNow();
        if (map.Count >= Capacity)
        {
            foreach (var expired in map.Where(pair => pair.Value.ExpiresOnUtc <= now))
                map.TryRemove(expired);
            if (map.Count >= Capacity)
                map.Clear();
        }

        map[key] = new Entry<TValue>(value, now + Lifetime);
    }

    private readonly record struct Entry<TValue>(TValue Value, DateTimeOffset ExpiresOnUtc);
}
