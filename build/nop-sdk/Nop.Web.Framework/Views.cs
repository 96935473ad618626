using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Localization;
using Nop.Web.Framework.Localization;

namespace Nop.Web.Framework.Localization
{
    public delegate LocalizedString Localizer(string text, params object[] args);

    public partial class LocalizedString : HtmlString
    {
        public LocalizedString(string localized) : base(localized)
        {
            Text = localized;
        }

        public string Text { get; }
    }
}

namespace Nop.Web.Framework.Mvc.Razor
{
    public abstract partial class NopRazorPage<TModel> : RazorPage<TModel>
    {
        protected ILocalizationService _localizationService;
        protected Localizer _localizer;

        // The host resolves the service through its engine context; the request's services are the same container.
        public Localizer T
        {
            get
            {
                _localizationService ??= Context.RequestServices.GetRequiredService<ILocalizationService>();
                _localizer ??= (format, args) =>
                {
                    var resource = _localizationService.GetResourceAsync(format).Result;
                    if (string.IsNullOrEmpty(resource))
                        return new LocalizedString(format);

                    return new LocalizedString(args is null || args.Length == 0 ? resource : string.Format(resource, args));
                };

                return _localizer;
            }
        }
    }
}

namespace Nop.Web.Framework.UI
{
    public enum ResourceLocation
    {
        Auto,
        None,
        Head,
        Footer,
    }

    public partial interface INopHtmlHelper
    {
        void AddTitleParts(string part);

        void AddScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false);

        void AddCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false);

        void SetActiveMenuItemSystemName(string systemName);

        string GetActiveMenuItemSystemName();
    }
}

namespace Nop.Web.Framework.Factories
{
    public partial interface IWidgetModelFactory
    {
    }
}
