using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

/// <summary>What the browser tests read of a page beside its content (the host's texts come with AdminSite.HostResources).</summary>
internal static class HostTexts
{
    /// <summary>The page's console errors, except the browser's request for a favicon the test host does not serve.</summary>
    public static IReadOnlyList<string> PageErrors(BrowserSession browser) =>
        browser.ConsoleErrors().Where(e => !e.Contains("/favicon.ico", StringComparison.Ordinal)).ToList();
}
