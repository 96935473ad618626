using System.Reflection;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Web.Framework.TagHelpers.Admin;

namespace Nop.Plugin.Misc.TriggerMail.Tests.AdminHost.TagHelpers;

/// <summary>
/// Creates nopCommerce's admin tag helpers as their rendering counterparts of this test host: the views bind to
/// the stand-in types (as they bind to the real ones in a store), and the host decides what they render.
/// </summary>
public sealed class HostTagHelperFactory : ITagHelperFactory
{
    private static readonly Dictionary<Type, Type> Renderers = new()
    {
        [typeof(NopCardsTagHelper)] = typeof(CardsRenderer),
        [typeof(NopCardTagHelper)] = typeof(CardRenderer),
        [typeof(NopLabelTagHelper)] = typeof(LabelRenderer),
        [typeof(NopEditorTagHelper)] = typeof(EditorRenderer),
        [typeof(NopSelectTagHelper)] = typeof(SelectRenderer),
        [typeof(NopTextAreaTagHelper)] = typeof(TextAreaRenderer),
        [typeof(NopTabsTagHelper)] = typeof(TabsRenderer),
        [typeof(NopTabTagHelper)] = typeof(TabRenderer),
        [typeof(NopOverrideStoreCheckboxHelper)] = typeof(OverrideStoreCheckboxRenderer),
    };

    public TTagHelper CreateTagHelper<TTagHelper>(ViewContext context) where TTagHelper : ITagHelper
    {
        var services = context.HttpContext.RequestServices;
        var type = Renderers.GetValueOrDefault(typeof(TTagHelper), typeof(TTagHelper));
        var helper = (TTagHelper)ActivatorUtilities.CreateInstance(services, type);

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanWrite && p.PropertyType == typeof(ViewContext) && p.IsDefined(typeof(ViewContextAttribute))))
            property.SetValue(helper, context);

        foreach (var initializer in services.GetServices<ITagHelperInitializer<TTagHelper>>())
            initializer.Initialize(helper, context);

        return helper;
    }
}
