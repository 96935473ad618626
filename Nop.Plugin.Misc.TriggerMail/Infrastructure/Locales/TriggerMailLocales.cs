namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>
/// Every locale resource the plugin installs (English), combined from one catalogue per area. A new area's
/// catalogue is added to <see cref="Catalogues"/>.
/// </summary>
public static class TriggerMailLocales
{
    public static IReadOnlyList<LocaleCatalogue> Catalogues { get; } =
    [
        PermissionAndMenuLocales.Texts,
        SettingsLocales.Texts,
        ScenarioLocales.Texts,
        TemplateLocales.Texts,
        SegmentLocales.Texts,
        StatisticsLocales.Texts,
        CustomerLocales.Texts,
        UnsubscribePageLocales.Texts,
        EnumLocales.Texts
    ];

    public static IReadOnlyDictionary<string, string> All { get; } = Catalogues
        .SelectMany(catalogue => catalogue)
        .GroupBy(entry => entry.Key, StringComparer.Ordinal)
        .ToDictionary(entries => entries.Key, entries => entries.Last().Value, StringComparer.Ordinal);
}
