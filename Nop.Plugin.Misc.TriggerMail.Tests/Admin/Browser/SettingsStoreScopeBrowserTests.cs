using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

[TestFixture]
[NonParallelizable]
public class SettingsStoreScopeBrowserTests
{
    [Test]
    public async Task An_admin_switches_to_one_stores_scope_overrides_the_rate_and_the_unsubscribe_text_and_each_store_reads_its_own()
    {
        await using var store = await StoreHarness.StartAsync();
        var (first, second) = await SettingsPerStoreOverHttpTests.TwoStoresAsync(store);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMail/Configure");
        browser.Select("#store-scope-configuration", "Second store");
        browser.Wait(d => d.FindElements(OpenQA.Selenium.By.CssSelector("#MaxMessagesPerMinute_OverrideForStore")).Count == 1, "the override boxes of the store scope");
        browser.Click("#MaxMessagesPerMinute_OverrideForStore");
        browser.Type("#MaxMessagesPerMinute", "240");
        browser.Click("#UnsubscribePageText_OverrideForStore");
        browser.Type("#UnsubscribePageText", "You will no longer get these emails from Second store.");
        browser.Script("window.scrollTo(0, 0);");
        browser.Screenshot("settings-store-scope");
        browser.Script("window.tmPageBeforeSave = true;");
        browser.Click("button[name=save]");
        // The URL is the same before and after saving, so wait for a new document (the old one carried a mark) and the saved notice.
        browser.Wait(_ => IsNewDocument(browser), "the page to reload after saving");
        browser.WaitForText(".alert-success", "have been saved");

        var forSecond = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id);
        var forFirst = await store.Settings.LoadSettingAsync<TriggerMailSettings>(first.Id);
        Assert.That((forSecond.MaxMessagesPerMinute, forSecond.UnsubscribePageText), Is.EqualTo((240, "You will no longer get these emails from Second store.")));
        Assert.That((forFirst.MaxMessagesPerMinute, forFirst.UnsubscribePageText), Is.EqualTo((60, "You will no longer receive these emails from us.")));
        Assert.That(browser.Find("#MaxMessagesPerMinute").GetAttribute("value"), Is.EqualTo("240"));
        Assert.That(browser.Find("#MaxMessagesPerMinute_OverrideForStore").Selected, Is.True);
        Assert.That(browser.Find("#QuietHoursStartHour_OverrideForStore").Selected, Is.False);

        browser.Select("#store-scope-configuration", "All stores");
        browser.Wait(d => d.FindElements(OpenQA.Selenium.By.CssSelector("#MaxMessagesPerMinute_OverrideForStore")).Count == 0, "the all-stores scope");
        Assert.That(browser.Find("#MaxMessagesPerMinute").GetAttribute("value"), Is.EqualTo("60"));
        Assert.That(HostTexts.PageErrors(browser), Is.Empty);
    }

    private static bool IsNewDocument(BrowserSession browser)
    {
        try
        {
            return browser.Script("return window.tmPageBeforeSave === undefined && document.readyState === 'complete';") is true;
        }
        catch (OpenQA.Selenium.WebDriverException)
        {
            // The old document went away during the call.
            return false;
        }
    }
}
