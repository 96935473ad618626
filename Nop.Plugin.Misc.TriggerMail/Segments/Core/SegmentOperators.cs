namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>
/// Operator names as stored in the rules. Date operators: "before" is strictly earlier than the value, "after"
/// is at or later; "withinDays" N is at or after N days before the time the rule runs, "olderThanDays" N is
/// earlier than that.
/// </summary>
public static class SegmentOperators
{
    public const string Equal = "eq";

    public const string NotEqual = "neq";

    public const string GreaterThan = "gt";

    public const string GreaterOrEqual = "gte";

    public const string LessThan = "lt";

    public const string LessOrEqual = "lte";

    public const string In = "in";

    public const string NotIn = "notIn";

    public const string Is = "is";

    public const string Before = "before";

    public const string After = "after";

    public const string WithinDays = "withinDays";

    public const string OlderThanDays = "olderThanDays";
}
