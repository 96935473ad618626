using static Nop.Plugin.Misc.TriggerMail.Segments.Core.SegmentOperators;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>
/// Every field a segment rule may use, with its operators, value kinds and options. Validation accepts exactly
/// these; the admin rule builder lists them. Field names are "family.name"; the family picks the compiler.
/// </summary>
public static class SegmentFieldCatalog
{
    public const string Profile = "profile";
    public const string Orders = "orders";
    public const string Rfm = "rfm";
    public const string Cart = "cart";
    public const string Engagement = "engagement";
    public const string Activity = "activity";

    private static readonly SegmentOperator[] Numbers = Ops(SegmentValueKind.Integer, Equal, NotEqual, GreaterThan, GreaterOrEqual, LessThan, LessOrEqual);
    private static readonly SegmentOperator[] Amounts = Ops(SegmentValueKind.Money, Equal, NotEqual, GreaterThan, GreaterOrEqual, LessThan, LessOrEqual);
    private static readonly SegmentOperator[] Dates = [.. Ops(SegmentValueKind.Date, Before, After), .. Ops(SegmentValueKind.Integer, WithinDays, OlderThanDays)];
    private static readonly SegmentOperator[] Ids = Ops(SegmentValueKind.IdList, In, NotIn);
    private static readonly SegmentOperator[] Flag = Ops(SegmentValueKind.Boolean, Is);
    private static readonly SegmentOperator[] Scores = Ops(SegmentValueKind.Integer, Equal, GreaterOrEqual, LessOrEqual);

    public static IReadOnlyList<SegmentField> All { get; } =
    [
        Field("profile.emailDomain", Ops(SegmentValueKind.TextList, In, NotIn)),
        Field("profile.hasFirstName", Flag),
        Field("profile.hasLastName", Flag),
        Field("profile.gender", Ops(SegmentValueKind.Text, Equal, NotEqual)),
        Field("profile.age", Numbers),
        Field("profile.birthdayMonth", Ops(SegmentValueKind.MonthList, In, NotIn)),
        Field("profile.country", Ids),
        Field("profile.language", Ids),
        Field("profile.registeredInStore", Ids),
        Field("profile.role", Ids),
        Field("profile.registeredOn", Dates),
        Field("profile.active", Flag),
        Field("profile.guest", Flag),
        Field("profile.newsletter", Ids),

        Field("orders.count", Numbers, SegmentOptions.OrderWindow),
        Field("orders.totalSpent", Amounts, SegmentOptions.OrderWindow),
        Field("orders.averageValue", Amounts, SegmentOptions.OrderWindow),
        Field("orders.firstOrderDate", Dates, SegmentOptions.OrderWindow),
        Field("orders.lastOrderDate", Dates, SegmentOptions.OrderWindow),
        Field("orders.product", Ids, SegmentOptions.OrderWindow),
        Field("orders.category", Ids, SegmentOptions.OrderWindow),
        Field("orders.manufacturer", Ids, SegmentOptions.OrderWindow),

        Field("rfm.recency", Scores),
        Field("rfm.frequency", Scores),
        Field("rfm.monetary", Scores),

        Field("cart.hasItems", Flag),
        Field("cart.value", Amounts),
        Field("cart.product", Ids),
        Field("cart.category", Ids),
        Field("cart.ageDays", Ops(SegmentValueKind.Integer, GreaterThan, GreaterOrEqual, LessThan, LessOrEqual)),

        Field("engagement.received", Flag, SegmentOptions.Engagement),
        Field("engagement.opened", Flag, SegmentOptions.Engagement),
        Field("engagement.clicked", Flag, SegmentOptions.Engagement),
        Field("engagement.unsubscribed", Flag, SegmentOptions.Engagement),
        Field("engagement.inScenario", Flag, [SegmentOptions.ScenarioId]),

        Field("activity.lastActivity", Dates),
        Field("activity.lastLogin", Dates)
    ];

    private static readonly Dictionary<string, SegmentField> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static SegmentField Find(string name) => name is not null && ByName.TryGetValue(name, out var field) ? field : null;

    private static SegmentField Field(string name, SegmentOperator[] operators, IReadOnlyList<string> options = null)
    {
        return new SegmentField(name, name[..name.IndexOf('.')], operators, options ?? []);
    }

    private static SegmentOperator[] Ops(SegmentValueKind kind, params string[] names)
    {
        return names.Select(n => new SegmentOperator(n, kind)).ToArray();
    }
}
