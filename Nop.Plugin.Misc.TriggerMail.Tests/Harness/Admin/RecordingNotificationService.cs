using System.Collections.Concurrent;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;

/// <summary>The admin's success/error notifications; the host layout shows them on the next page.</summary>
public sealed class RecordingNotificationService : INotificationService, Nop.Plugin.Misc.TriggerMail.Tests.AdminHost.INotificationQueue
{
    public ConcurrentQueue<(bool Success, string Message)> Notifications { get; } = new();

    private readonly ConcurrentQueue<(bool Success, string Message)> _pending = new();

    public IReadOnlyList<(bool Success, string Message)> Take()
    {
        var shown = new List<(bool, string)>();
        while (_pending.TryDequeue(out var item))
            shown.Add(item);
        return shown;
    }

    public void SuccessNotification(string message, bool encode = true, int timeout = 0) { Notifications.Enqueue((true, message)); _pending.Enqueue((true, message)); }

    public void ErrorNotification(string message, bool encode = true, int timeout = 0) { Notifications.Enqueue((false, message)); _pending.Enqueue((false, message)); }
}
