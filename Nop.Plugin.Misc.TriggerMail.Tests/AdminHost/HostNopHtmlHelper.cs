using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Web.Framework.UI;

namespace Nop.Plugin.Misc.TriggerMail.Tests.AdminHost;

/// <summary>The page parts a view registers (title, scripts, styles, active menu item), kept per request.</summary>
public sealed class HostNopHtmlHelper : INopHtmlHelper
{
    private readonly List<(ResourceLocation Location, string Src)> _scripts = new();
    private readonly List<string> _css = new();
    private readonly List<string> _titles = new();
    private string _activeMenuItem;

    public IReadOnlyList<string> CssFiles => _css;

    public IReadOnlyList<string> Titles => _titles;

    public IEnumerable<string> Scripts(ResourceLocation location) =>
        _scripts.Where(s => s.Location == location || (location == ResourceLocation.Footer && s.Location == ResourceLocation.Auto)).Select(s => s.Src).Distinct();

    public void AddTitleParts(string part) => _titles.Insert(0, part);

    public void AddScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false) =>
        _scripts.Insert(0, (location, src));

    public void AddCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false) => _css.Insert(0, src);

    public void SetActiveMenuItemSystemName(string systemName) => _activeMenuItem = systemName;

    public string GetActiveMenuItemSystemName() => _activeMenuItem;
}
