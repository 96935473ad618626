using Nop.Core.Domain.Gdpr;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>
/// GDPR erase: when the store deletes a customer permanently, the plugin forgets their address too.
/// </summary>
public class GdprEventConsumer : IConsumer<CustomerPermanentlyDeleted>
{
    private readonly PluginActivity _pluginActivity;
    private readonly PersonalDataEraser _eraser;

    public GdprEventConsumer(PluginActivity pluginActivity, PersonalDataEraser eraser)
    {
        _pluginActivity = pluginActivity;
        _eraser = eraser;
    }

    public async Task HandleEventAsync(CustomerPermanentlyDeleted eventMessage)
    {
        if (eventMessage is null || !await _pluginActivity.IsActiveAsync())
            return;

        await _eraser.EraseAsync(eventMessage.CustomerId, eventMessage.Email);
    }
}
