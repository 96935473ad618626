using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping;

/// <summary>
/// The plugin's entities, in the order the schema migration creates their tables; the one list of them.
/// </summary>
public static class TriggerMailTables
{
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(Scenario),
        typeof(ScenarioStep),
        typeof(EmailTemplate),
        typeof(Segment),
        typeof(TriggerInboxItem),
        typeof(Enrollment),
        typeof(EnrollmentLog),
        typeof(Message),
        typeof(TrackingEvent),
        typeof(Suppression),
        typeof(DailyStat),
        typeof(ScanCursor),
        typeof(MessageLink),
        typeof(Conversion),
        typeof(CustomerRfmScore),
        typeof(DeliveryAttempt),
        typeof(StatusMove),
        typeof(GuestCartMerge)
    ];

    public static string NameOf(Type entityType)
    {
        var name = entityType == typeof(EmailTemplate) ? "Template" : entityType.Name;
        return TriggerMailDefaults.TablePrefix + name;
    }
}
