using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

namespace Nop.Plugin.Misc.TriggerMail;

/// <summary>
/// Every name the plugin shares with the host: system name, tables, routes, permissions, tasks, locale keys.
/// </summary>
public static class TriggerMailDefaults
{
    public const string SystemName = "Misc.TriggerMail";

    public const string TablePrefix = "TriggerMail_";

    public const string LocalePrefix = "Plugins.Misc.TriggerMail";

    public const string EnumLocalePrefix = "Enums.Nop.Plugin.Misc.TriggerMail";

    /// <summary>
    /// The key nopCommerce's GetLocalizedEnumAsync looks up: "Enums." + the enum's full type name + "." + the value.
    /// Derived from the type, so a persisted enum that moves takes its texts with it.
    /// </summary>
    public static string EnumLocaleKey<TEnum>(TEnum value) where TEnum : struct, Enum => $"Enums.{typeof(TEnum).FullName}.{value}";

    public const int KeyLength = 100;

    public const int DedupeKeyLength = 200;

    public const int EmailLength = 255;

    public const int UrlLength = 2000;

    /// <summary>Free-text reasons and notes: inbox status reasons, enrollment end reasons and log notes, suppression notes.</summary>
    public const int NoteLength = 1000;

    public const int SubjectLength = 1000;

    /// <summary>The error kept with a message and with each delivery attempt.</summary>
    public const int ErrorLength = 2000;

    public const int IpAddressLength = 100;

    public const int UserAgentLength = 1000;

    /// <summary>The header carrying the message's GUID, for support to find a message from a received email.</summary>
    public const string MessageIdHeader = "X-TriggerMail-Message-Id";

    public static class Routes
    {
        public const string ConfigurePath = "Admin/TriggerMail/Configure";

        public const string AdminController = "TriggerMail";

        public const string AdminConfigure = "Plugin.Misc.TriggerMail.Admin.Configure";

        public const string PublicOpen = "Plugin.Misc.TriggerMail.Public.Open";

        public const string PublicClick = "Plugin.Misc.TriggerMail.Public.Click";

        public const string OpenPathPrefix = "tm/o/";

        public const string ClickPathPrefix = "tm/c/";

        public const string UnsubscribePath = "triggermail/unsubscribe";

        public const string PublicUnsubscribe = "Plugin.Misc.TriggerMail.Public.Unsubscribe";
    }

    public static class Menu
    {
        public const string RootSystemName = "TriggerMail";

        public const string ParentSystemName = "Promotions";

        public const string IconClass = "far fa-envelope";

        public const string ScenarioController = "TriggerMailScenario";

        public const string TemplateController = "TriggerMailTemplate";

        public const string SegmentController = "TriggerMailSegment";

        public const string StatisticsController = "TriggerMailStatistics";

        public const string SuppressionController = "TriggerMailSuppression";

        public const string CustomerController = "TriggerMailCustomer";
    }

    public static class Permissions
    {
        public const string Manage = "Misc.TriggerMail.Manage";

        public const string ViewStatistics = "Misc.TriggerMail.ViewStatistics";

        public const string LocalePrefix = "Security.Permission.Misc.TriggerMail";
    }

    /// <summary>
    /// nopCommerce finds a scheduled task's class by the full type name stored in ScheduleTask.Type, so the names
    /// come from the classes: a task class that moves keeps its row pointing at it.
    /// </summary>
    public static class Tasks
    {
        public static ScheduledTaskDefinition Maintenance { get; } =
            ScheduledTaskDefinition.For<MaintenanceTask>("Trigger mail: prune tracking data", 24 * 60 * 60);

        public static ScheduledTaskDefinition TimeTriggerScan { get; } =
            ScheduledTaskDefinition.For<TimeTriggerScanTask>("Trigger mail: find time-based triggers", 5 * 60);

        public static ScheduledTaskDefinition Statistics { get; } =
            ScheduledTaskDefinition.For<StatisticsTask>("Trigger mail: statistics and order attribution", 5 * 60);

        public static ScheduledTaskDefinition RfmScoring { get; } =
            ScheduledTaskDefinition.For<RfmScoringTask>("Trigger mail: score customers (RFM)", 24 * 60 * 60);

        public static ScheduledTaskDefinition Delivery { get; } =
            ScheduledTaskDefinition.For<DeliveryTask>("Trigger mail: send messages", 60);

        public static ScheduledTaskDefinition Chains { get; } =
            ScheduledTaskDefinition.For<ChainTask>("Trigger mail: run chains", 60);

        public static IReadOnlyList<ScheduledTaskDefinition> All { get; } = [Maintenance, TimeTriggerScan, Statistics, RfmScoring, Delivery, Chains];
    }
}
