using System.Collections.Concurrent;
using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// The host's email sender, recording every call instead of talking SMTP. <see cref="FailNext"/> makes the
/// next sends throw as an SMTP error would.
/// </summary>
public sealed class RecordingEmailSender : IEmailSender
{
    public ConcurrentQueue<SentEmail> Sent { get; } = new();

    public Func<SentEmail, Exception> FailNext { get; set; }

    public Task SendEmailAsync(EmailAccount emailAccount, string subject, string body, string fromAddress, string fromName,
        string toAddress, string toName, string replyToAddress = null, string replyToName = null, IEnumerable<string> bcc = null,
        IEnumerable<string> cc = null, string attachmentFilePath = null, string attachmentFileName = null, int attachedDownloadId = 0,
        IDictionary<string, string> headers = null)
    {
        var email = new SentEmail(emailAccount?.Id ?? 0, subject, body, fromAddress, fromName, toAddress, toName,
            headers is null ? new Dictionary<string, string>() : new Dictionary<string, string>(headers));

        if (FailNext?.Invoke(email) is { } failure)
            throw failure;

        Sent.Enqueue(email);
        return Task.CompletedTask;
    }
}

public sealed record SentEmail(int EmailAccountId, string Subject, string Body, string FromAddress, string FromName,
    string ToAddress, string ToName, IReadOnlyDictionary<string, string> Headers);
