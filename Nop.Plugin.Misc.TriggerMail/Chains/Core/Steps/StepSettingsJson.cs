using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// The persisted JSON of step settings and outcomes: camelCase, enums by name, so an admin can read and edit them.
/// </summary>
public static class StepSettingsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull
    };

    public static Type SettingsType(StepKind kind) => kind switch
    {
        StepKind.SendEmail => typeof(SendEmailSettings),
        StepKind.WaitDuration => typeof(WaitDurationSettings),
        StepKind.WaitUntilTime => typeof(WaitUntilTimeSettings),
        StepKind.WaitForEvent => typeof(WaitForEventSettings),
        StepKind.Condition => typeof(ConditionSettings),
        StepKind.Exit => typeof(ExitSettings),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown step kind.")
    };

    /// <summary>Reads a step's settings; bad JSON is an error naming the step and the field.</summary>
    public static object Parse(StepKind kind, string json, string stepKey)
    {
        var type = SettingsType(kind);
        try
        {
            return string.IsNullOrWhiteSpace(json) && kind == StepKind.Exit
                ? new ExitSettings()
                : JsonSerializer.Deserialize(json ?? string.Empty, type, Options)
                  ?? throw new FormatException("empty");
        }
        catch (Exception exception) when (exception is JsonException or FormatException or NotSupportedException or ArgumentException)
        {
            throw new FormatException($"Step '{stepKey}': SettingsJson is not valid {type.Name} ({exception.Message}).", exception);
        }
    }

    public static IReadOnlyDictionary<string, string> ParseOutcomes(string json, string stepKey)
    {
        if (string.IsNullOrWhiteSpace(json))
            return new Dictionary<string, string>();
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? new Dictionary<string, string>();
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Step '{stepKey}': OutcomesJson must be an object of outcome → step key ({exception.Message}).", exception);
        }
    }

    public static string Write(object settings) => JsonSerializer.Serialize(settings, settings.GetType(), Options);

    public static string WriteOutcomes(IReadOnlyDictionary<string, string> outcomes) => JsonSerializer.Serialize(outcomes, Options);

    public static IReadOnlyList<ExitGoal> ParseExitGoals(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];
        try
        {
            return JsonSerializer.Deserialize<List<ExitGoal>>(json, Options) ?? [];
        }
        catch (JsonException exception)
        {
            throw new FormatException($"ExitGoalsJson must be a list of exit goals ({exception.Message}).", exception);
        }
    }

    public static string WriteExitGoals(IReadOnlyList<ExitGoal> goals) => JsonSerializer.Serialize(goals, Options);
}
