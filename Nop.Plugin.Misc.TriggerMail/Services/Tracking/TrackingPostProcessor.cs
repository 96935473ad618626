using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates;

namespace Nop.Plugin.Misc.TriggerMail.Services.Tracking;

/// <summary>
/// Tracking in delivered mail: links become signed click redirects on the message's store and the open pixel is
/// added, when tracking is on globally and for the message's scenario. A message whose scenario is gone is not
/// tracked: there is nothing left to count its opens and clicks for.
/// </summary>
public class TrackingPostProcessor : IHtmlPostProcessor
{
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly MessageTracking _tracking;
    private readonly TriggerMailSettings _settings;

    public TrackingPostProcessor(IRepository<Scenario> scenarioRepository, MessageTracking tracking, TriggerMailSettings settings)
    {
        _scenarioRepository = scenarioRepository;
        _tracking = tracking;
        _settings = settings;
    }

    public async Task<string> ProcessAsync(string html, PostProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_settings.TrackingEnabled)
            return html;

        var scenario = await _scenarioRepository.GetByIdAsync(context.ScenarioId);
        return await _tracking.PrepareAsync(context.MessageId, context.MessageGuid, html, context.StoreUrl, scenario?.TrackingEnabled == true);
    }
}
