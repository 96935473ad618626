using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

[TestFixture]
[NonParallelizable]
public class SettingsPageBrowserTests
{
    [Test]
    public async Task An_admin_changes_the_sending_rate_in_the_browser_and_the_setting_is_stored()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMail/Configure");
        browser.Type("#MaxMessagesPerMinute", "240");
        browser.Screenshot("settings");
        browser.Click("button[name=save]");
        browser.WaitForText(".alert-success", "have been saved");

        var saved = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        Assert.That(saved.MaxMessagesPerMinute, Is.EqualTo(240));
        Assert.That(browser.Find("#MaxMessagesPerMinute").GetAttribute("value"), Is.EqualTo("240"));
    }
}
