using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>The plugin's installed English texts, for building a validator as the host does (it reads its messages from them).</summary>
public static class PluginTexts
{
    public static ILocalizationService English()
    {
        var locales = new InMemoryLocalizationService();
        locales.AddOrUpdateLocaleResourceAsync(TriggerMailLocales.All.ToDictionary(r => r.Key, r => r.Value)).GetAwaiter().GetResult();
        return locales;
    }
}
