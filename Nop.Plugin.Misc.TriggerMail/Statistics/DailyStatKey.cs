namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>A rollup row's key within a day; empty step and variant hold scenario-level figures (enrollments).</summary>
public readonly record struct DailyStatKey(int ScenarioId, string StepKey, string VariantKey)
{
    public static DailyStatKey Of(int scenarioId, string stepKey, string variantKey) => new(scenarioId, stepKey ?? string.Empty, variantKey ?? string.Empty);
}
