using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests;

[TestFixture]
public class TriggerMailPluginTests
{
    [Test]
    public async Task Install_then_uninstall_leaves_no_setting_locale_resource_task_permission_or_table_behind()
    {
        await using var store = await StoreHarness.StartAsync(installPlugin: false);
        var tablesBefore = store.TableNames();

        await store.InstallPluginAsync();
        var installed = (Settings: store.Settings.Keys.Count, Locales: store.Locales.Resources.Count,
            Tasks: store.Query<ScheduleTask>().Count, Permissions: store.Permissions.Records.Count,
            Tables: store.TableNames().Count - tablesBefore.Count);
        await store.UninstallPluginAsync();

        Assert.That(installed.Settings, Is.GreaterThan(10));
        Assert.That(installed.Locales, Is.GreaterThan(30));
        Assert.That(installed.Tasks, Is.EqualTo(TriggerMailDefaults.Tasks.All.Count));
        Assert.That(installed.Permissions, Is.EqualTo(2));
        Assert.That(installed.Tables, Is.EqualTo(TriggerMail.Data.Mapping.TriggerMailTables.All.Count));
        Assert.That(store.Settings.Keys, Is.Empty);
        Assert.That(store.Locales.Resources, Is.Empty);
        Assert.That(store.Query<ScheduleTask>(), Is.Empty);
        Assert.That(store.Permissions.Records, Is.Empty);
        Assert.That(store.TableNames(), Is.EquivalentTo(tablesBefore));
    }

    [Test]
    public async Task Install_saves_the_default_settings_with_a_token_secret_of_its_own()
    {
        await using var first = await StoreHarness.StartAsync();
        await using var second = await StoreHarness.StartAsync();

        var settings = await first.Settings.LoadSettingAsync<TriggerMailSettings>();
        var other = await second.Settings.LoadSettingAsync<TriggerMailSettings>();

        Assert.That(settings.MaxMessagesPerMinute, Is.EqualTo(60));
        Assert.That(settings.RunTimeBudgetSeconds, Is.InRange(1, 298));
        Assert.That(settings.TrackingEnabled, Is.True);
        Assert.That(Convert.FromBase64String(settings.TokenSecret), Has.Length.EqualTo(32));
        Assert.That(other.TokenSecret, Is.Not.EqualTo(settings.TokenSecret));
    }

    [Test]
    public async Task Installing_twice_registers_each_scheduled_task_once()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();

        await scope.ServiceProvider.GetRequiredService<TriggerMailPlugin>().InstallAsync();

        Assert.That(store.Query<ScheduleTask>().Select(t => t.Type), Is.EquivalentTo(TriggerMailDefaults.Tasks.All.Select(t => t.Type)));
    }

    [Test]
    public async Task Installed_tasks_are_enabled_and_name_a_plugin_type_the_host_can_find()
    {
        await using var store = await StoreHarness.StartAsync();

        foreach (var task in store.Query<ScheduleTask>())
        {
            Assert.That(task.Enabled, Is.True, task.Name);
            Assert.That(typeof(TriggerMailPlugin).Assembly.GetType(task.Type), Is.Not.Null, task.Type);
            Assert.That(task.Seconds, Is.GreaterThan(0), task.Name);
        }
    }

    [Test]
    public async Task Configuration_page_url_is_the_admin_configure_action_of_the_store()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();

        var url = scope.ServiceProvider.GetRequiredService<TriggerMailPlugin>().GetConfigurationPageUrl();

        Assert.That(url, Is.EqualTo("https://store.test/Admin/TriggerMail/Configure"));
    }
}
