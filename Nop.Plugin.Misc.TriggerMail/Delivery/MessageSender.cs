using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// Sends one claimed message: compliance first (held messages become Suppressed), then render (a failing
/// template fails only this message), then the host's sender; transient SMTP errors are retried with backoff
/// until the attempts are used up. Each attempt's outcome is written to its claim row; each status change is a
/// move of <see cref="MessageMoves"/> from the status read (<see cref="MessageTransitions"/>).
/// </summary>
public class MessageSender
{
    private readonly MessageTransitions _messages;
    private readonly DeliveryClaims _claims;
    private readonly ComplianceGate _complianceGate;
    private readonly MessageComposer _composer;
    private readonly IEmailSender _emailSender;
    private readonly TimeProvider _timeProvider;
    private readonly StoreSettings _storeSettings;

    public MessageSender(MessageTransitions messages, DeliveryClaims claims, ComplianceGate complianceGate, MessageComposer composer,
        IEmailSender emailSender, TimeProvider timeProvider, StoreSettings storeSettings)
    {
        _messages = messages;
        _claims = claims;
        _complianceGate = complianceGate;
        _composer = composer;
        _emailSender = emailSender;
        _timeProvider = timeProvider;
        _storeSettings = storeSettings;
    }

    public async Task<bool> SendClaimedAsync(Message claimed, DeliveryAttempt attempt, EmailAccount account)
    {
        var message = await _messages.GetAsync(claimed.Id);
        if (message is null || message.Status != MessageStatus.Pending || message.Attempts != attempt.AttemptNumber - 1)
        {
            await _claims.ReleaseAsync(attempt);
            return false;
        }

        message.Attempts = attempt.AttemptNumber;
        message.LockedUntilUtc = Now() + MessageDispatcher.SendLease;
        if (!await _messages.TryMoveAsync(message, MessageStatus.Sending, $"attempt {attempt.AttemptNumber} claimed"))
        {
            await _claims.ReleaseAsync(attempt);
            return false;
        }

        if (await _complianceGate.ReasonToHoldAsync(message) is { } reason)
        {
            await EndAsync(message, attempt, MessageStatus.Suppressed, DeliveryOutcome.Suppressed, reason);
            return false;
        }

        ComposedEmail email;
        try
        {
            email = await _composer.ComposeAsync(message, account);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await EndAsync(message, attempt, MessageStatus.Failed, DeliveryOutcome.RenderFailed, "Template: " + exception.Message);
            return false;
        }

        return await DeliverAsync(message, attempt, account, email);
    }

    /// <summary>
    /// A message left in Sending past its lease was interrupted mid-send (crash, restart). Whether the email left
    /// is unknown, so it is failed, not retried: a customer must never get the same email twice.
    /// </summary>
    public async Task RecoverInterruptedAsync(DateTime utcNow)
    {
        await ReleaseAbandonedClaimsAsync(utcNow);

        foreach (var message in await _messages.InterruptedAsync(utcNow))
        {
            message.LastError = "Interrupted while sending; not retried so that it cannot arrive twice.";
            message.LockedUntilUtc = null;
            await _messages.TryMoveAsync(message, MessageStatus.Failed, "interrupted while sending");
        }
    }

    /// <summary>
    /// A server that died between claiming a message and marking it Sending sent nothing (sending only starts
    /// after that mark), so its claim is released and the attempt can be made again; without this the unique
    /// claim would hold the message back for ever.
    /// </summary>
    private async Task ReleaseAbandonedClaimsAsync(DateTime utcNow)
    {
        foreach (var attempt in await _claims.AbandonedAsync(utcNow - MessageDispatcher.SendLease))
        {
            var message = await _messages.GetAsync(attempt.MessageId);
            if (message is { Status: MessageStatus.Pending } && message.Attempts == attempt.AttemptNumber - 1)
                await _claims.ReleaseAsync(attempt);
            else
                await _claims.FinishAsync(attempt, DeliveryOutcome.PermanentFailure, message?.LastError ?? "Interrupted.", utcNow);
        }
    }

    private async Task<bool> DeliverAsync(Message message, DeliveryAttempt attempt, EmailAccount account, ComposedEmail email)
    {
        message.Subject = Text.Truncate(email.Subject, TriggerMailDefaults.SubjectLength);
        try
        {
            await _emailSender.SendEmailAsync(account, email.Subject, email.HtmlBody, account.Email, account.DisplayName,
                message.ToEmail, email.ToName, headers: new Dictionary<string, string>(email.Headers));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var error = SmtpFailure.Describe(exception);
            var permanent = SmtpFailure.IsPermanent(exception);
            var maxAttempts = (await _storeSettings.ForStoreAsync(message.StoreId)).MaxSendAttempts;
            var retryAt = DeliveryRetryPolicy.NextAttempt(attempt.AttemptNumber, maxAttempts, permanent, Now());
            var outcome = permanent ? DeliveryOutcome.PermanentFailure : DeliveryOutcome.TransientFailure;
            message.NextAttemptOnUtc = retryAt;
            await EndAsync(message, attempt, retryAt is null ? MessageStatus.Failed : MessageStatus.Pending, outcome, error);
            return false;
        }

        message.SentOnUtc = Now();
        await EndAsync(message, attempt, MessageStatus.Sent, DeliveryOutcome.Sent, null);
        return true;
    }

    // A move refused here means recovery already failed the message after its lease ran out; the attempt is still finished.
    private async Task EndAsync(Message message, DeliveryAttempt attempt, MessageStatus status, DeliveryOutcome outcome, string error)
    {
        message.LastError = Text.Truncate(error, TriggerMailDefaults.ErrorLength);
        message.LockedUntilUtc = null;
        await _messages.TryMoveAsync(message, status, outcome.ToString(), publishEvent: true);
        await _claims.FinishAsync(attempt, outcome, error, Now());
    }

    private DateTime Now() => _timeProvider.GetUtcNow().UtcDateTime;
}
