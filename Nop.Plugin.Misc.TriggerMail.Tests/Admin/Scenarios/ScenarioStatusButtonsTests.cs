using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;

/// <summary>The edit page offers the status moves the scenario's status allows, as flags of its model.</summary>
[TestFixture]
public class ScenarioStatusButtonsTests
{
    [TestCase(ScenarioStatus.Draft, true, false, true)]
    [TestCase(ScenarioStatus.Active, false, true, true)]
    [TestCase(ScenarioStatus.Paused, true, false, true)]
    [TestCase(ScenarioStatus.Archived, false, false, false)]
    public async Task The_edit_model_offers_activate_pause_and_archive_as_the_status_allows(ScenarioStatus status, bool activate, bool pause, bool archive)
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        var scenario = await world.ScenarioAsync("Cart rescue", TriggerKind.AbandonedCart, status, 0);
        using var scope = store.CreateScope();

        var model = await scope.ServiceProvider.GetRequiredService<ScenarioModelFactory>().PrepareScenarioModelAsync(scenario);

        Assert.That((model.CanActivate, model.CanPause, model.CanArchive), Is.EqualTo((activate, pause, archive)));
        Assert.That(model.IsDraft, Is.EqualTo(status == ScenarioStatus.Draft));
    }

    [Test]
    public async Task The_edit_page_shows_only_the_buttons_of_the_moves_allowed()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        var scenario = await world.ScenarioAsync("Cart rescue", TriggerKind.AbandonedCart, ScenarioStatus.Active, 0);
        await using var site = await Harness.Admin.AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"/Admin/TriggerMailScenario/Edit/{scenario.Id}");

        Assert.That((html.Contains("id=\"activate-scenario\""), html.Contains("id=\"pause-scenario\""), html.Contains("id=\"archive-scenario\"")),
            Is.EqualTo((false, true, true)));
        Assert.That(html, Does.Contain("badge badge-success scenario-status"));
    }
}
