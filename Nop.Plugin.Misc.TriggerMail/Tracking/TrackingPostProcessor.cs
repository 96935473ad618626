using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Tracking in delivered mail: links become signed click redirects on the message's store and the open pixel is
/// added, when tracking is on for the message's store and for its scenario. A message whose scenario is gone is not
/// tracked: there is nothing left to count its opens and clicks for.
/// </summary>
public class TrackingPostProcessor : IHtmlPostProcessor
{
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly MessageTracking _tracking;
    private readonly StoreSettings _storeSettings;

    public TrackingPostProcessor(IRepository<Scenario> scenarioRepository, MessageTracking tracking, StoreSettings storeSettings)
    {
        _scenarioRepository = scenarioRepository;
        _tracking = tracking;
        _storeSettings = storeSettings;
    }

    public async Task<string> ProcessAsync(string html, PostProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!(await _storeSettings.ForStoreAsync(context.StoreId)).TrackingEnabled)
            return html;

        var scenario = await _scenarioRepository.GetByIdAsync(context.ScenarioId);
        return await _tracking.PrepareAsync(context.MessageId, context.MessageGuid, html, context.StoreUrl, scenario?.TrackingEnabled == true);
    }
}
