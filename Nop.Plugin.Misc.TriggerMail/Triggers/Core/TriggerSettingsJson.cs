using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// The one (de)serializer of <c>Scenario.TriggerSettingsJson</c>: camelCase, unknown properties rejected so a
/// typo is an error naming the field instead of a silently ignored setting.
/// </summary>
public static class TriggerSettingsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow
    };

    /// <summary>The settings type of a kind, or null when the kind takes none.</summary>
    public static Type SettingsTypeOf(TriggerKind kind) => kind switch
    {
        TriggerKind.AbandonedCart => typeof(AbandonedCartTriggerSettings),
        TriggerKind.Inactivity => typeof(InactivityTriggerSettings),
        TriggerKind.CalendarDate => typeof(CalendarDateTriggerSettings),
        TriggerKind.AfterOrderPlaced or TriggerKind.AfterOrderDelivered => typeof(AfterOrderTriggerSettings),
        _ => null
    };

    public static string Serialize<TSettings>(TSettings settings) where TSettings : ITriggerSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        return JsonSerializer.Serialize(settings, Options);
    }

    /// <summary>Reads and validates; throws <see cref="InvalidTriggerSettingsException"/> naming each bad field.</summary>
    public static TSettings Deserialize<TSettings>(string json) where TSettings : class, ITriggerSettings
    {
        return (TSettings)Deserialize(typeof(TSettings), json);
    }

    /// <summary>The validated settings of a scenario of <paramref name="kind"/>; null for kinds that take none.</summary>
    public static ITriggerSettings ForKind(TriggerKind kind, string json)
    {
        var type = SettingsTypeOf(kind);
        return type is null ? null : Deserialize(type, json);
    }

    public static bool TryDeserialize<TSettings>(string json, out TSettings settings, out IReadOnlyList<TriggerSettingsError> errors)
        where TSettings : class, ITriggerSettings
    {
        try
        {
            settings = Deserialize<TSettings>(json);
            errors = [];
            return true;
        }
        catch (InvalidTriggerSettingsException exception)
        {
            settings = null;
            errors = exception.Errors;
            return false;
        }
    }

    private static ITriggerSettings Deserialize(Type type, string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            throw new InvalidTriggerSettingsException([new("triggerSettings", "is empty; this trigger needs settings")]);

        ITriggerSettings settings;
        try
        {
            settings = (ITriggerSettings)JsonSerializer.Deserialize(json, type, Options);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "triggerSettings" : exception.Path.TrimStart('$', '.');
            throw new InvalidTriggerSettingsException([new(field, exception.Message)]);
        }

        if (settings is null)
            throw new InvalidTriggerSettingsException([new("triggerSettings", "is null; this trigger needs settings")]);

        var errors = settings.Validate().ToList();
        if (errors.Count > 0)
            throw new InvalidTriggerSettingsException(errors);

        return settings;
    }
}
