using System.Security.Cryptography;
using System.Text;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>
/// Addresses that must not get mail, checked at send time. A row for scenario 0 blocks all marketing; a hard
/// bounce or complaint blocks transactional mail too. After a GDPR erase the address is kept only as a keyed
/// hash, which still blocks it without storing it.
/// </summary>
public class SuppressionList
{
    public const string HashPrefix = "hmac:";

    private readonly IRepository<Suppression> _suppressionRepository;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerMailSettings _settings;

    public SuppressionList(IRepository<Suppression> suppressionRepository, TimeProvider timeProvider, TriggerMailSettings settings)
    {
        _suppressionRepository = suppressionRepository;
        _timeProvider = timeProvider;
        _settings = settings;
    }

    public static string Normalize(string email) => (email ?? string.Empty).Trim().ToLowerInvariant();

    public string Hash(string email)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_settings.TokenSecret ?? string.Empty), Encoding.UTF8.GetBytes("suppression\n" + Normalize(email)));
        return HashPrefix + Convert.ToHexString(mac).ToLowerInvariant();
    }

    /// <summary>Why <paramref name="email"/> may not get this message, or null when it may.</summary>
    public async Task<Suppression> FindBlockingAsync(string email, int scenarioId, bool isTransactional)
    {
        var keys = new[] { Normalize(email), Hash(email) };
        var rows = await _suppressionRepository.GetAllAsync(q => q.Where(s => keys.Contains(s.Email)));
        return rows
            .Where(s => s.Reason is SuppressionReason.HardBounce or SuppressionReason.Complaint
                || (!isTransactional && (s.ScenarioId == 0 || s.ScenarioId == scenarioId)))
            .OrderBy(s => s.ScenarioId)
            .FirstOrDefault();
    }

    /// <summary>Adds a suppression; adding one that exists (also by a racing request) is a no-op.</summary>
    public async Task AddAsync(string email, int? customerId, int scenarioId, SuppressionReason reason, string note = null)
    {
        var normalized = Normalize(email);
        if (normalized.Length == 0)
            return;

        var exists = await _suppressionRepository.GetAllAsync(q => q.Where(s => s.Email == normalized && s.ScenarioId == scenarioId));
        if (exists.Count > 0)
            return;

        // False when another request suppressed the same address a moment ago: the outcome is the same.
        await _suppressionRepository.InsertOnceAsync(new Suppression
        {
            Email = normalized,
            CustomerId = customerId,
            ScenarioId = scenarioId,
            Reason = reason,
            Note = note,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        }, publishEvent: true);
    }

    /// <summary>
    /// The list as the admin searches it, newest first: <paramref name="email"/> matches part of the address,
    /// <paramref name="reason"/> one reason, the dates the day the entry was made (UTC, both inclusive).
    /// </summary>
    public async Task<IPagedList<Suppression>> SearchAsync(string email = null, SuppressionReason? reason = null,
        DateTime? createdFromUtc = null, DateTime? createdToUtc = null, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        var part = Normalize(email);
        var reasonId = (int?)reason;
        var from = createdFromUtc?.Date;
        var toExclusive = createdToUtc?.Date.AddDays(1);
        return await _suppressionRepository.GetAllPagedAsync(q => q
            .Where(s => part.Length == 0 || s.Email.Contains(part))
            .Where(s => reasonId == null || s.ReasonId == reasonId)
            .Where(s => from == null || s.CreatedOnUtc >= from)
            .Where(s => toExclusive == null || s.CreatedOnUtc < toExclusive)
            .OrderByDescending(s => s.CreatedOnUtc).ThenByDescending(s => s.Id), pageIndex, pageSize);
    }

    /// <summary>Removes one entry, so the address may get the mail it blocked again; false when it no longer exists.</summary>
    public async Task<bool> RemoveAsync(int suppressionId)
    {
        var suppression = await _suppressionRepository.GetByIdAsync(suppressionId);
        if (suppression is null)
            return false;

        await _suppressionRepository.DeleteAsync(suppression);
        return true;
    }
}
