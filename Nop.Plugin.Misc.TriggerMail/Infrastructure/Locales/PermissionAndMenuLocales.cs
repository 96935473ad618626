namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>The admin menu and the names of the plugin's permissions.</summary>
public static class PermissionAndMenuLocales
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".";

    public static LocaleCatalogue Texts { get; } = new()
    {
        { Prefix + "Menu", "Trigger mail" },
        { Prefix + "Menu.Settings", "Settings" },
        { Prefix + "Menu.Scenarios", "Scenarios" },
        { Prefix + "Menu.Templates", "Templates" },
        { Prefix + "Menu.Segments", "Segments" },
        { Prefix + "Menu.Statistics", "Statistics" },
        { Prefix + "Menu.Suppressions", "Suppression list" },

        { TriggerMailDefaults.Permissions.LocalePrefix + ".Manage", "Admin area. Trigger mail: manage scenarios, templates, segments and settings" },
        { TriggerMailDefaults.Permissions.LocalePrefix + ".ViewStatistics", "Admin area. Trigger mail: view statistics" }
    };
}
