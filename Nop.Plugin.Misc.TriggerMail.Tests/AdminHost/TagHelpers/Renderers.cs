using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Services.Localization;
using Nop.Web.Framework.Factories;
using Nop.Web.Framework.Mvc.ModelBinding;
using Nop.Web.Framework.TagHelpers.Admin;

namespace Nop.Plugin.Misc.TriggerMail.Tests.AdminHost.TagHelpers;

// The markup follows nopCommerce 4.90's admin (AdminLTE 3 / Bootstrap 4 classes), so pages look and behave as in
// a store: same element ids and names, same form-control classes.

public sealed class CardsRenderer : NopCardsTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "cards-group");
    }
}

public sealed class CardRenderer : NopCardTagHelper
{
    public CardRenderer(IViewComponentHelper viewComponentHelper, IWidgetModelFactory widgetModelFactory)
        : base(viewComponentHelper, widgetModelFactory)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", Name);
        output.Attributes.SetAttribute("class", "card card-default" + (IsAdvanced ? " advanced-setting" : string.Empty));
        output.Content.AppendHtml($"<div class=\"card-header with-border clearfix\"><div class=\"card-title\"><i class=\"{HtmlEncoder.Default.Encode(CardIconIsAdvanced ?? string.Empty)}\"></i> {HtmlEncoder.Default.Encode(Title ?? string.Empty)}</div></div>");
        output.Content.AppendHtml("<div class=\"card-container\">");
        output.Content.AppendHtml(content);
        output.Content.AppendHtml("</div>");
    }
}

public sealed class LabelRenderer : NopLabelTagHelper
{
    public LabelRenderer(IHtmlGenerator generator, ILocalizationService localizationService, IWorkContext workContext)
        : base(generator, localizationService, workContext)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var key = For.Metadata.ContainerType?.GetProperty(For.Metadata.PropertyName ?? string.Empty)?
            .GetCustomAttributes(typeof(NopResourceDisplayNameAttribute), true).OfType<NopResourceDisplayNameAttribute>().FirstOrDefault()?.ResourceKey;
        var text = key is null ? For.Metadata.GetDisplayName() : await _localizationService.GetResourceAsync(key);
        var label = Generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, text, new { @class = "col-form-label" });

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "label-wrapper");
        output.Content.SetHtmlContent(label);
        if (DisplayHint && key is not null)
        {
            var hint = await _localizationService.GetResourceAsync(key + ".Hint");
            if (!string.IsNullOrEmpty(hint) && hint != key + ".Hint")
                output.Content.AppendHtml($"<div title=\"{HtmlEncoder.Default.Encode(hint)}\" data-toggle=\"tooltip\" class=\"ico-help\"><i class=\"fas fa-question-circle\"></i></div>");
        }
    }
}

public sealed class EditorRenderer : NopEditorTagHelper
{
    private readonly IHtmlGenerator _generator;

    public EditorRenderer(IHtmlHelper htmlHelper, IHtmlGenerator generator) : base(htmlHelper)
    {
        _generator = generator;
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType;
        TagBuilder input;
        if (type == typeof(bool))
        {
            input = _generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, For.Model as bool?, new { @class = "check-box" });
            var hidden = _generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name);
            output.TagName = null;
            output.Content.SetHtmlContent(input);
            output.Content.AppendHtml(hidden);
            return;
        }

        var inputType = type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) ? "number"
            : type == typeof(DateTime) ? "datetime-local"
            : "text";
        var value = For.Model switch
        {
            DateTime date => date.ToString("yyyy-MM-ddTHH:mm"),
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var other => other
        };
        input = _generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, value, null,
            new { @class = "form-control text-box single-line", type = inputType });
        output.TagName = null;
        output.Content.SetHtmlContent(input);
        if (!string.IsNullOrEmpty(Postfix))
            output.Content.AppendHtml($"<span class=\"input-group-append\"><span class=\"input-group-text\">{HtmlEncoder.Default.Encode(Postfix)}</span></span>");
    }
}

public sealed class SelectRenderer : NopSelectTagHelper
{
    private readonly IHtmlGenerator _generator;

    public SelectRenderer(AdminAreaSettings adminAreaSettings, IHtmlHelper htmlHelper, IHtmlGenerator generator)
        : base(adminAreaSettings, htmlHelper)
    {
        _generator = generator;
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var multiple = bool.TryParse(IsMultiple, out var isMultiple) && isMultiple;
        var select = _generator.GenerateSelect(ViewContext, For.ModelExplorer, null, Name ?? For.Name, Items, multiple,
            new { @class = "form-control" });
        output.TagName = null;
        output.Content.SetHtmlContent(select);
    }
}

public sealed class TextAreaRenderer : NopTextAreaTagHelper
{
    public TextAreaRenderer(IHtmlGenerator generator) : base(generator)
    {
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        base.Process(context, output);
        output.TagName = "textarea";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "form-control");
    }
}

public sealed class TabsRenderer : NopTabsTagHelper
{
    public TabsRenderer(IHtmlHelper htmlHelper) : base(htmlHelper)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var tabs = new List<(string Name, string Title)>();
        context.Items[typeof(NopTabsTagHelper)] = tabs;
        var content = await output.GetChildContentAsync();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nav-tabs-custom nav-tabs-localized-fields");
        var header = new HtmlContentBuilder();
        header.AppendHtml("<ul class=\"nav nav-tabs\">");
        for (var i = 0; i < tabs.Count; i++)
            header.AppendHtml($"<li class=\"nav-item\"><a class=\"nav-link{(i == 0 ? " active" : string.Empty)}\" data-tab-name=\"{HtmlEncoder.Default.Encode(tabs[i].Name)}\" href=\"#{HtmlEncoder.Default.Encode(tabs[i].Name)}\" onclick=\"return nopHostSelectTab(this)\">{HtmlEncoder.Default.Encode(tabs[i].Title)}</a></li>");
        header.AppendHtml("</ul><div class=\"tab-content\">");
        output.Content.SetHtmlContent(header);
        output.Content.AppendHtml(content);
        output.Content.AppendHtml("</div>");
    }
}

public sealed class TabRenderer : NopTabTagHelper
{
    public TabRenderer(IHtmlHelper htmlHelper) : base(htmlHelper)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var tabs = (List<(string Name, string Title)>)context.Items[typeof(NopTabsTagHelper)];
        var first = tabs.Count == 0;
        tabs.Add((Name, Title));
        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "tab-pane" + (first ? " active" : string.Empty));
        output.Attributes.SetAttribute("id", Name);
        output.Content.SetHtmlContent(content);
    }
}

public sealed class OverrideStoreCheckboxRenderer : NopOverrideStoreCheckboxHelper
{
    private readonly IHtmlGenerator _generator;

    public OverrideStoreCheckboxRenderer(IHtmlHelper htmlHelper, IHtmlGenerator generator) : base(htmlHelper)
    {
        _generator = generator;
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (StoreScope <= 0)
        {
            output.SuppressOutput();
            return;
        }

        var checkbox = _generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, For.Model as bool?,
            new { @class = "multi-store-override-option", title = "Override for this store" });
        output.Content.SetHtmlContent(checkbox);
        output.Content.AppendHtml(_generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
    }
}
