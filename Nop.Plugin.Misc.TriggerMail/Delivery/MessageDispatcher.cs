using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// One delivery run: recovers interrupted sends, then takes due messages oldest first and, for each one it
/// manages to claim, applies compliance, renders and sends it — from its store's account within that store's
/// per-minute quota, and within the (install-wide) batch size and run time budget. A failure of one message never stops the batch.
/// </summary>
public class MessageDispatcher
{
    /// <summary>How long a claimed message may stay in Sending before a later run declares the send interrupted.</summary>
    public static readonly TimeSpan SendLease = TimeSpan.FromMinutes(10);

    private readonly IRepository<Message> _messageRepository;
    private readonly DeliveryClaims _claims;
    private readonly EmailAccountResolver _accountResolver;
    private readonly MessageSender _sender;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerMailSettings _settings;
    private readonly StoreSettings _storeSettings;

    public MessageDispatcher(IRepository<Message> messageRepository, DeliveryClaims claims, EmailAccountResolver accountResolver,
        MessageSender sender, TimeProvider timeProvider, TriggerMailSettings settings, StoreSettings storeSettings)
    {
        _storeSettings = storeSettings;
        _messageRepository = messageRepository;
        _claims = claims;
        _accountResolver = accountResolver;
        _sender = sender;
        _timeProvider = timeProvider;
        _settings = settings;
    }

    /// <summary>Returns the number of emails handed to the host's sender.</summary>
    public async Task<int> RunAsync()
    {
        var budget = new RunBudget(_timeProvider, _settings.RunTimeBudgetSeconds, _settings.BatchSize);
        var started = _timeProvider.GetUtcNow().UtcDateTime;
        await _sender.RecoverInterruptedAsync(started);

        var accounts = new Dictionary<int, EmailAccount>();
        var fullAccounts = new HashSet<int>();
        var sent = 0;
        foreach (var message in await DueMessagesAsync(started, budget.BatchSize))
        {
            if (budget.IsExhausted)
                break;

            var now = _timeProvider.GetUtcNow().UtcDateTime;

            if (!accounts.TryGetValue(message.StoreId, out var account))
                accounts[message.StoreId] = account = await _accountResolver.ResolveAsync(message.StoreId);
            if (account is null || fullAccounts.Contains(account.Id))
                continue;

            var perMinute = Math.Max(1, (await _storeSettings.ForStoreAsync(message.StoreId)).MaxMessagesPerMinute);
            var result = await TrySendAsync(message, account, perMinute, now);
            if (result == DispatchResult.QuotaReached)
                fullAccounts.Add(account.Id);
            if (result == DispatchResult.Sent)
                sent++;
        }

        return sent;
    }

    private async Task<DispatchResult> TrySendAsync(Message message, EmailAccount account, int perMinute, DateTime now)
    {
        if (await _claims.SentInLastMinuteAsync(account.Id, now) >= perMinute)
            return DispatchResult.QuotaReached;

        var attempt = await _claims.TryClaimAsync(message, account.Id, now);
        if (attempt is null)
            return DispatchResult.Skipped;

        // Another server may have claimed its own message in the same instant: recount with both claims in.
        if (await _claims.SentInLastMinuteAsync(account.Id, now) > perMinute)
        {
            await _claims.ReleaseAsync(attempt);
            return DispatchResult.QuotaReached;
        }

        return await _sender.SendClaimedAsync(message, attempt, account) ? DispatchResult.Sent : DispatchResult.Skipped;
    }

    private async Task<IList<Message>> DueMessagesAsync(DateTime now, int batch)
    {
        return await _messageRepository.GetAllAsync(q => q
            .Where(m => m.StatusId == (int)MessageStatus.Pending && (m.NextAttemptOnUtc == null || m.NextAttemptOnUtc <= now))
            .OrderBy(m => m.NextAttemptOnUtc ?? m.CreatedOnUtc).ThenBy(m => m.Id)
            .Take(batch));
    }

    private enum DispatchResult
    {
        Skipped,
        Sent,
        QuotaReached
    }
}
