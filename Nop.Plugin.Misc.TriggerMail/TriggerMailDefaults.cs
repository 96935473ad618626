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

    public const int KeyLength = 100;

    public const int DedupeKeyLength = 200;

    public const int EmailLength = 255;

    public static class Routes
    {
        public const string ConfigurePath = "Admin/TriggerMail/Configure";

        public const string AdminController = "TriggerMail";

        public const string AdminConfigure = "Plugin.Misc.TriggerMail.Admin.Configure";
    }

    public static class Menu
    {
        public const string RootSystemName = "TriggerMail";

        public const string ParentSystemName = "Promotions";

        public const string IconClass = "far fa-envelope";
    }

    public static class Permissions
    {
        public const string Manage = "Misc.TriggerMail.Manage";

        public const string ViewStatistics = "Misc.TriggerMail.ViewStatistics";

        public const string LocalePrefix = "Security.Permission.Misc.TriggerMail";
    }

    public static class Tasks
    {
        public static ScheduledTaskDefinition Maintenance { get; } = new(
            "Trigger mail: prune tracking data",
            "Nop.Plugin.Misc.TriggerMail.Services.Tasks.MaintenanceTask",
            24 * 60 * 60);

        public static ScheduledTaskDefinition Chains { get; } = new(
            "Trigger mail: run chains",
            "Nop.Plugin.Misc.TriggerMail.Services.Tasks.ChainTask",
            60);

        public static IReadOnlyList<ScheduledTaskDefinition> All { get; } = [Maintenance, Chains];
    }
}
