using FluentMigrator;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Data;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Data.Migrations;

/// <summary>
/// 4.90.2 moved the scheduled task classes and the persisted enums into their feature folders. nopCommerce finds a
/// task by the full type name stored in its row and an enum's text by a key made of the enum's full type name, so a
/// store that installed 4.90.1 keeps rows and keys naming types that no longer exist. This repoints the task rows
/// (keeping what the admin changed on them) and swaps the old enum texts for the current catalogue. Nothing to
/// undo: uninstall deletes the rows and keys by their current names.
/// </summary>
[NopMigration("2026/12/04 18:00:00:0000000", "Misc.TriggerMail 4.90.2 task and enum types renamed by feature", MigrationProcessType.Update)]
public class RenamedTypesMigration : MigrationBase
{
    /// <summary>Where 4.90.1 kept every scheduled task class (their names did not change).</summary>
    public const string PreviousTaskNamespace = "Nop.Plugin.Misc.TriggerMail.Services.Tasks";

    private const string PreviousEngineNamespace = "Nop.Plugin.Misc.TriggerMail.Engine";

    private const string PreviousAnalyticsNamespace = PreviousEngineNamespace + ".Analytics";

    /// <summary>The persisted enums whose locale keys changed, with the namespace 4.90.1 declared them in.</summary>
    public static IReadOnlyList<(Type Enum, string PreviousNamespace)> MovedEnums { get; } =
    [
        (typeof(TriggerKind), PreviousEngineNamespace),
        (typeof(ScenarioStatus), PreviousEngineNamespace),
        (typeof(ScenarioCategory), PreviousEngineNamespace),
        (typeof(ReEntryPolicy), PreviousEngineNamespace),
        (typeof(LatenessPolicy), PreviousEngineNamespace),
        (typeof(ExitGoal), PreviousEngineNamespace),
        (typeof(ScenarioPreset), PreviousEngineNamespace),
        (typeof(MessageStatus), PreviousEngineNamespace),
        (typeof(SuppressionReason), PreviousEngineNamespace),
        (typeof(MarketingConsentSource), PreviousEngineNamespace),
        (typeof(AbTestState), PreviousAnalyticsNamespace),
        (typeof(AbTestMetric), PreviousAnalyticsNamespace),
        (typeof(AbTestMethod), PreviousAnalyticsNamespace)
    ];

    private readonly ILocalizationService _localizationService;
    private readonly IRepository<ScheduleTask> _taskRepository;

    public RenamedTypesMigration(ILocalizationService localizationService, IRepository<ScheduleTask> taskRepository)
    {
        _localizationService = localizationService;
        _taskRepository = taskRepository;
    }

    public static string PreviousTaskType(ScheduledTaskDefinition definition) =>
        $"{PreviousTaskNamespace}.{definition.Type[(definition.Type.LastIndexOf('.') + 1)..]}";

    public static IReadOnlyList<string> PreviousEnumLocaleKeys() => MovedEnums
        .SelectMany(moved => Enum.GetNames(moved.Enum).Select(value => $"Enums.{moved.PreviousNamespace}.{moved.Enum.Name}.{value}"))
        .ToList();

    public override void Up()
    {
        foreach (var definition in TriggerMailDefaults.Tasks.All)
            RepointTask(definition);

        _localizationService.DeleteLocaleResources(PreviousEnumLocaleKeys().ToList());
        _localizationService.AddOrUpdateLocaleResource(new Dictionary<string, string>(TriggerMailLocales.All));
    }

    public override void Down()
    {
    }

    /// <summary>A row already naming the current type wins; the old row is then a duplicate and goes.</summary>
    private void RepointTask(ScheduledTaskDefinition definition)
    {
        var previousType = PreviousTaskType(definition);
        var currentExists = _taskRepository.Table.Any(task => task.Type == definition.Type);
        foreach (var task in _taskRepository.Table.Where(task => task.Type == previousType).ToList())
        {
            if (currentExists)
            {
                _taskRepository.Delete(task, false);
                continue;
            }

            task.Type = definition.Type;
            _taskRepository.Update(task, false);
            currentExists = true;
        }
    }
}
