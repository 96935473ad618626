using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

/// <summary>The few nopCommerce admin resources these pages show (a store has them; the harness starts without).</summary>
internal static class HostTexts
{
    public static Task AddAsync(StoreHarness store) => store.Locales.AddOrUpdateLocaleResourceAsync(new Dictionary<string, string>
    {
        ["Admin.Common.Save"] = "Save",
        ["Admin.Common.Search"] = "Search",
        ["Admin.Common.Delete"] = "Delete",
        ["Admin.Common.Cancel"] = "Cancel",
        ["Admin.Common.All"] = "All",
        ["Admin.Configuration.Settings.StoreScope"] = "Multi-store configuration for",
        ["Admin.Configuration.Settings.StoreScope.AllStores"] = "All stores",
        ["Admin.Configuration.Settings.StoreScope.CheckAll"] = "Check/uncheck all"
    });

    /// <summary>The page's console errors, except the browser's request for a favicon the test host does not serve.</summary>
    public static IReadOnlyList<string> PageErrors(BrowserSession browser) =>
        browser.ConsoleErrors().Where(e => !e.Contains("/favicon.ico", StringComparison.Ordinal)).ToList();
}
