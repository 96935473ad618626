using Nop.Plugin.Misc.TriggerMail.Infrastructure;

namespace Nop.Plugin.Misc.TriggerMail.Tests.AdminHost;

/// <summary>Notifications waiting to be shown on the next admin page (the host shows them once, then drops them).</summary>
public interface INotificationQueue
{
    IReadOnlyList<(bool Success, string Message)> Take();
}
