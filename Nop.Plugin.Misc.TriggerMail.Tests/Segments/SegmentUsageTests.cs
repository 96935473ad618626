using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class SegmentUsageTests
{
    private static Task<Scenario> ScenarioAsync(StoreHarness store, string name, int version = 1, int? entrySegmentId = null)
    {
        return store.InsertAsync(new Scenario
        {
            Name = name, TriggerKind = TriggerKind.CustomerRegistered, Category = ScenarioCategory.Marketing, Status = ScenarioStatus.Active,
            EntrySegmentId = entrySegmentId, CurrentVersion = version, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        }, publishEvent: false);
    }

    private static Task<ScenarioStep> ConditionStepAsync(StoreHarness store, Scenario scenario, int version, string settingsJson)
    {
        return store.InsertAsync(new ScenarioStep
        {
            ScenarioId = scenario.Id, ScenarioVersion = version, StepKey = $"check-{version}", StepKind = StepKind.Condition,
            SettingsJson = settingsJson, OutcomesJson = "{}"
        }, publishEvent: false);
    }

    private static async Task<IReadOnlyList<string>> UsersOfAsync(StoreHarness store, int segmentId)
    {
        using var scope = store.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SegmentUsage>().ScenariosUsingAsync(segmentId)).Select(s => s.Name).ToList();
    }

    [Test]
    public async Task A_segment_is_used_by_entry_segments_and_by_in_segment_conditions_of_the_current_version_only()
    {
        await using var store = await StoreHarness.StartAsync();
        await ScenarioAsync(store, "Entry", entrySegmentId: 7);
        var edited = await ScenarioAsync(store, "Edited since", version: 2);
        await ConditionStepAsync(store, edited, 1, StepSettingsJson.Write(new ConditionSettings(ConditionKind.InSegment, SegmentId: 7)));
        var current = await ScenarioAsync(store, "Branches on it");
        await ConditionStepAsync(store, current, 1, StepSettingsJson.Write(new ConditionSettings(ConditionKind.InSegment, SegmentId: 7)));
        var other = await ScenarioAsync(store, "Other condition");
        await ConditionStepAsync(store, other, 1, StepSettingsJson.Write(new ConditionSettings(ConditionKind.OrderedSinceEnrollment, SegmentId: 7)));

        var users = await UsersOfAsync(store, 7);

        Assert.That(users, Is.EqualTo(new[] { "Branches on it", "Entry" }));
    }

    [Test]
    public async Task A_condition_step_whose_settings_do_not_parse_uses_no_segment_and_does_not_break_the_list()
    {
        await using var store = await StoreHarness.StartAsync();
        var broken = await ScenarioAsync(store, "Broken", entrySegmentId: 3);
        await ConditionStepAsync(store, broken, 1, "{not json");

        var users = await UsersOfAsync(store, 3);

        Assert.That(users, Is.EqualTo(new[] { "Broken" }));
    }
}
