using Nop.Plugin.Misc.TriggerMail.Templates.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Tracking in delivered mail: links become signed click redirects on the message's store and the open pixel is
/// added when the message is tracked, as decided when it was composed (<see cref="PostProcessContext.IsTracked"/>).
/// </summary>
public class TrackingPostProcessor : IHtmlPostProcessor
{
    private readonly MessageTracking _tracking;

    public TrackingPostProcessor(MessageTracking tracking)
    {
        _tracking = tracking;
    }

    public async Task<string> ProcessAsync(string html, PostProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await _tracking.PrepareAsync(context.MessageId, context.MessageGuid, html, context.StoreUrl, context.IsTracked);
    }
}
