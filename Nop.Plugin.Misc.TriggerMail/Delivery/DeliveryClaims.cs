using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// Claims messages for sending with nothing but <see cref="IRepository{TEntity}"/>: the claim is the insert of
/// attempt (message, n) into a table whose unique key is exactly that pair. Two servers that read the same
/// due message both try the insert; the database lets one through and the other gets a unique-key violation
/// and skips the message. Every change to a message after Pending is made by the holder of such a claim, so
/// a stale read can at worst lose the race, never send twice. The same rows count sends per account per minute.
/// </summary>
public class DeliveryClaims
{
    private static readonly int[] CountedOutcomes =
        [(int)DeliveryOutcome.InProgress, (int)DeliveryOutcome.Sent, (int)DeliveryOutcome.TransientFailure, (int)DeliveryOutcome.PermanentFailure];

    private readonly IRepository<DeliveryAttempt> _attemptRepository;

    public DeliveryClaims(IRepository<DeliveryAttempt> attemptRepository)
    {
        _attemptRepository = attemptRepository;
    }

    /// <summary>The claimed attempt, or null when another server already holds this attempt of the message.</summary>
    public async Task<DeliveryAttempt> TryClaimAsync(Message message, int emailAccountId, DateTime utcNow)
    {
        var attempt = new DeliveryAttempt
        {
            MessageId = message.Id,
            AttemptNumber = message.Attempts + 1,
            EmailAccountId = emailAccountId,
            StartedOnUtc = utcNow,
            Outcome = DeliveryOutcome.InProgress
        };

        return await _attemptRepository.InsertOnceAsync(attempt) ? attempt : null;
    }

    /// <summary>Gives a claim back unused (the minute's quota filled up meanwhile), so the attempt can be made later.</summary>
    public Task ReleaseAsync(DeliveryAttempt attempt) => _attemptRepository.DeleteAsync(attempt, false);

    public async Task FinishAsync(DeliveryAttempt attempt, DeliveryOutcome outcome, string error, DateTime utcNow)
    {
        attempt.Outcome = outcome;
        attempt.Error = Text.Truncate(error, TriggerMailDefaults.ErrorLength);
        attempt.FinishedOnUtc = utcNow;
        await _attemptRepository.UpdateAsync(attempt, false);
    }

    /// <summary>Claims older than <paramref name="olderThanUtc"/> that were never finished.</summary>
    public async Task<IList<DeliveryAttempt>> AbandonedAsync(DateTime olderThanUtc)
    {
        return await _attemptRepository.GetAllAsync(q => q
            .Where(a => a.OutcomeId == (int)DeliveryOutcome.InProgress && a.StartedOnUtc < olderThanUtc)
            .OrderBy(a => a.Id)
            .Take(100));
    }

    /// <summary>Sends (and sends in progress) through the account in the minute before <paramref name="utcNow"/>, on every server.</summary>
    public async Task<int> SentInLastMinuteAsync(int emailAccountId, DateTime utcNow)
    {
        var since = utcNow.AddMinutes(-1);
        return await _attemptRepository.Table
            .CountAsync(a => a.EmailAccountId == emailAccountId && a.StartedOnUtc > since && CountedOutcomes.Contains(a.OutcomeId));
    }
}
