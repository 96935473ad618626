using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;

/// <summary>
/// Seeds what the scenario pages read: stores, templates, scenarios with their step rows, enrollments and the
/// daily statistics rollup.
/// </summary>
public sealed class ScenarioPagesWorld
{
    private int _nextCustomerId = 1000;

    private ScenarioPagesWorld(StoreHarness store)
    {
        Store = store;
    }

    public StoreHarness Store { get; }

    public DateTime Today => Store.Clock.UtcNow.Date;

    // The host's own texts the pages show come with AdminSite (AdminSite.HostResources).
    public static Task<ScenarioPagesWorld> StartAsync(StoreHarness store) => Task.FromResult(new ScenarioPagesWorld(store));

    public Task<Store> ShopAsync(string name) =>
        Store.InsertAsync(new Store { Name = name, Url = $"https://{name.ToLowerInvariant().Replace(' ', '-')}.test/", DefaultLanguageId = 1 }, publishEvent: false);

    public Task<EmailTemplate> TemplateAsync(string name) =>
        Store.InsertAsync(new EmailTemplate
        {
            Name = name, Subject = name, BodyHtml = $"<p>{name}</p>", CreatedOnUtc = Store.Clock.UtcNow, UpdatedOnUtc = Store.Clock.UtcNow
        }, publishEvent: false);

    public Task<Segment> SegmentAsync(string name) =>
        Store.InsertAsync(new Segment { Name = name, RulesJson = "{}", CreatedOnUtc = Store.Clock.UtcNow, UpdatedOnUtc = Store.Clock.UtcNow }, publishEvent: false);

    public async Task<Scenario> ScenarioAsync(string name, TriggerKind trigger, ScenarioStatus status, int storeId, params StepDefinition[] steps)
    {
        var scenario = await Store.InsertAsync(new Scenario
        {
            Name = name,
            StoreId = storeId,
            TriggerKind = trigger,
            TriggerSettingsJson = trigger == TriggerKind.AbandonedCart ? TriggerSettingsJson.Serialize(new AbandonedCartTriggerSettings(60)) : null,
            Category = ScenarioCategory.Marketing,
            Status = status,
            ReEntryPolicy = ReEntryPolicy.AfterPreviousEnds,
            ExitGoalsJson = "[]",
            TrackingEnabled = true,
            CurrentVersion = 1,
            CreatedOnUtc = Store.Clock.UtcNow.AddDays(-60),
            UpdatedOnUtc = Store.Clock.UtcNow.AddDays(-60)
        }, publishEvent: false);
        await StepsAsync(scenario, 1, steps);
        return scenario;
    }

    public async Task StepsAsync(Scenario scenario, int version, params StepDefinition[] steps)
    {
        var order = 0;
        foreach (var step in steps)
        {
            await Store.InsertAsync(new ScenarioStep
            {
                ScenarioId = scenario.Id,
                ScenarioVersion = version,
                StepKey = step.Key,
                StepKind = step.Kind,
                Name = step.Name ?? step.Key,
                SettingsJson = StepSettingsJson.Write(step.Settings),
                OutcomesJson = StepSettingsJson.WriteOutcomes(step.Outcomes ?? new Dictionary<string, string>()),
                DisplayOrder = order++
            }, publishEvent: false);
        }
    }

    public async Task<IReadOnlyList<Enrollment>> EnrollAsync(Scenario scenario, EnrollmentStatus status, int count, int version = 1, string stepKey = null)
    {
        var enrollments = new List<Enrollment>();
        for (var i = 0; i < count; i++)
        {
            enrollments.Add(await Store.InsertAsync(new Enrollment
            {
                ScenarioId = scenario.Id,
                ScenarioVersion = version,
                CustomerId = _nextCustomerId++,
                StoreId = scenario.StoreId,
                Status = status,
                IsHoldout = status == EnrollmentStatus.Holdout,
                CurrentStepKey = stepKey,
                EnrolledOnUtc = Store.Clock.UtcNow.AddDays(-1),
                EntryNumber = 1,
                Revision = 1
            }, publishEvent: false));
        }

        return enrollments;
    }

    public async Task LogAsync(Enrollment enrollment, string stepKey, int revision)
    {
        await Store.InsertAsync(new EnrollmentLog
        {
            EnrollmentId = enrollment.Id, StepKey = stepKey, FromStatusId = (int)EnrollmentStatus.Active, ToStatusId = (int)EnrollmentStatus.Waiting,
            CreatedOnUtc = Store.Clock.UtcNow, Revision = revision
        }, publishEvent: false);
    }

    public Task<DailyStat> StatAsync(Scenario scenario, int daysAgo, string stepKey = "", string variantKey = "", int enrolled = 0, int sent = 0,
        int opens = 0, int clicks = 0, int orders = 0, decimal revenue = 0) =>
        Store.InsertAsync(new DailyStat
        {
            Day = Today.AddDays(-daysAgo), ScenarioId = scenario.Id, StepKey = stepKey, VariantKey = variantKey, Enrolled = enrolled, Sent = sent,
            Opens = opens, HumanOpens = opens, UniqueOpens = opens, UniqueHumanOpens = opens, Clicks = clicks, UniqueClicks = clicks,
            Orders = orders, Revenue = revenue
        }, publishEvent: false);

    public static StepDefinition Send(string key, int templateId, string next = null, string name = null) =>
        new(key, StepKind.SendEmail, new SendEmailSettings(templateId), Next(next), name);

    public static StepDefinition Wait(string key, int minutes, string next = null) =>
        new(key, StepKind.WaitDuration, new WaitDurationSettings(minutes), Next(next));

    private static IReadOnlyDictionary<string, string> Next(string next) =>
        next is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [StepOutcomes.Next] = next };
}
