namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>The segment pages' texts: page and grid labels, form fields with hints, and the rule builder's labels.</summary>
public static class SegmentPageLocaleResources
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".Segments.";

    public static void AddTo(IDictionary<string, string> resources)
    {
        foreach (var (key, text) in Page)
            resources[Prefix + key] = text;
        foreach (var (field, label, hint) in FormFields)
        {
            resources[Prefix + "Fields." + field] = label;
            resources[Prefix + "Fields." + field + ".Hint"] = hint;
        }
        foreach (var (key, text) in Builder)
            resources[Prefix + key] = text;
    }

    private static readonly (string Key, string Text)[] Page =
    [
        ("List", "Segments"),
        ("AddNew", "Add a new segment"),
        ("EditDetails", "Edit segment details"),
        ("BackToList", "back to segment list"),
        ("Info", "Segment info"),
        ("Rules", "Rules"),
        ("Members", "Customers in segment"),
        ("ViewMembers", "View matching customers"),
        ("Recount", "Recount"),
        ("NeverCounted", "not counted yet"),
        ("CountedOn", "counted"),
        ("UsedBy", "Used by scenarios"),
        ("NotUsed", "Not used by any scenario."),
        ("Added", "The segment has been added."),
        ("Updated", "The segment has been updated."),
        ("Deleted", "The segment has been deleted."),
        ("DeleteConfirm", "Delete this segment?"),
        ("DeleteRefused", "The segment '{0}' is used by the scenarios {1} and was not deleted. Remove it from these scenarios first."),
        ("NotFound", "No segment with id {0}."),
        ("Validation.Name.Required", "Name: a segment needs a name."),
        ("Validation.Name.TooLong", "Name: at most {MaxLength} characters."),
        ("Validation.Description.TooLong", "Description: at most {MaxLength} characters."),
        ("SaveContinue", "Save and continue edit"),
        ("Grid.Name", "Name"),
        ("Grid.Description", "Description"),
        ("Grid.Customers", "Customers (cached)"),
        ("Grid.Scenarios", "Used by"),
        ("Members.Count", "customers match this segment now."),
        ("Members.Email", "Email"),
        ("Members.Name", "Name"),
        ("Members.Registered", "Registered"),
        ("Members.Orders", "Orders"),
        ("Members.TotalSpent", "Total spent"),
        ("Members.LastOrder", "Last order")
    ];

    private static readonly (string Field, string Label, string Hint)[] FormFields =
    [
        ("SearchName", "Segment name", "Find segments whose name contains this text."),
        ("Name", "Name", "The segment's name, shown when a scenario picks its entry segment or a condition step."),
        ("Description", "Description", "What the segment is for; only admins see it."),
        ("RulesJson", "Rules", "Which customers belong to the segment: conditions on profile, orders, RFM scores, cart, engagement and activity, combined in AND / OR / NOT groups. The count updates as you build.")
    ];

    private static readonly (string Key, string Text)[] Builder =
    [
        ("Builder.AddCondition", "Add condition"),
        ("Builder.AddGroup", "Add group"),
        ("Builder.Remove", "Remove"),
        ("Builder.Yes", "yes"),
        ("Builder.No", "no"),
        ("Builder.Ids", "ids, e.g. 12, 34"),
        ("Builder.Texts", "values, e.g. gmail.com, example.com"),
        ("Builder.Days", "days"),
        ("Builder.EmptyGroup", "No conditions yet: the segment matches every customer."),
        ("Builder.LiveCount", "Matching customers"),
        ("Builder.Counting", "counting…"),
        ("Builder.Invalid", "fix the rules marked in red to count"),
        ("Builder.AllStores", "All stores"),
        ("Builder.InStore", "in"),
        ("Builder.Options", "options"),
        ("Builder.NotJson", "The saved rules could not be read; they are kept as they are until you change them:"),

        ("Family.profile", "Profile"),
        ("Family.orders", "Orders"),
        ("Family.rfm", "RFM scores"),
        ("Family.cart", "Shopping cart"),
        ("Family.engagement", "Email engagement"),
        ("Family.activity", "Activity"),

        ("Group.and", "ALL of these (AND)"),
        ("Group.or", "ANY of these (OR)"),
        ("Group.not", "NOT all of these (NOT)"),

        ("Operator.eq", "="),
        ("Operator.neq", "≠"),
        ("Operator.gt", ">"),
        ("Operator.gte", "≥"),
        ("Operator.lt", "<"),
        ("Operator.lte", "≤"),
        ("Operator.in", "is any of"),
        ("Operator.notIn", "is none of"),
        ("Operator.is", "is"),
        ("Operator.before", "before"),
        ("Operator.after", "on or after"),
        ("Operator.withinDays", "within the last"),
        ("Operator.olderThanDays", "more than … ago"),

        ("Option.paidOnly", "paid orders only"),
        ("Option.fromUtc", "orders from"),
        ("Option.toUtc", "orders before"),
        ("Option.inLastDays", "in the last (days)"),
        ("Option.scenarioId", "scenario"),

        ("Field.profile.emailDomain", "Email domain"),
        ("Field.profile.hasFirstName", "Has a first name"),
        ("Field.profile.hasLastName", "Has a last name"),
        ("Field.profile.gender", "Gender"),
        ("Field.profile.age", "Age"),
        ("Field.profile.birthdayMonth", "Birthday month"),
        ("Field.profile.country", "Country"),
        ("Field.profile.language", "Language"),
        ("Field.profile.registeredInStore", "Registered in store"),
        ("Field.profile.role", "Customer role"),
        ("Field.profile.registeredOn", "Registration date"),
        ("Field.profile.active", "Active account"),
        ("Field.profile.guest", "Guest"),
        ("Field.profile.newsletter", "Newsletter subscriber (lists)"),
        ("Field.orders.count", "Number of orders"),
        ("Field.orders.totalSpent", "Total spent"),
        ("Field.orders.averageValue", "Average order value"),
        ("Field.orders.firstOrderDate", "First order date"),
        ("Field.orders.lastOrderDate", "Last order date"),
        ("Field.orders.product", "Bought product (ids)"),
        ("Field.orders.category", "Bought from category (ids)"),
        ("Field.orders.manufacturer", "Bought from manufacturer (ids)"),
        ("Field.rfm.recency", "Recency score (1-5)"),
        ("Field.rfm.frequency", "Frequency score (1-5)"),
        ("Field.rfm.monetary", "Monetary score (1-5)"),
        ("Field.cart.hasItems", "Has items in the cart"),
        ("Field.cart.value", "Cart value"),
        ("Field.cart.product", "Product in the cart (ids)"),
        ("Field.cart.category", "Category in the cart (ids)"),
        ("Field.cart.ageDays", "Cart age (days)"),
        ("Field.engagement.received", "Received a trigger email"),
        ("Field.engagement.opened", "Opened a trigger email"),
        ("Field.engagement.clicked", "Clicked a trigger email"),
        ("Field.engagement.unsubscribed", "Unsubscribed"),
        ("Field.engagement.inScenario", "In a scenario now"),
        ("Field.activity.lastActivity", "Last activity"),
        ("Field.activity.lastLogin", "Last login")
    ];
}
