using System.Security.Cryptography;
using System.Text;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;

namespace Nop.Plugin.Misc.TriggerMail.Services.Compliance;

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

        try
        {
            await _suppressionRepository.InsertAsync(new Suppression
            {
                Email = normalized,
                CustomerId = customerId,
                ScenarioId = scenarioId,
                Reason = reason,
                Note = note,
                CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
            });
        }
        catch (Exception exception) when (UniqueKeyViolation.IsCausedBy(exception))
        {
            // Another request suppressed the same address a moment ago: the outcome is the same.
        }
    }
}
