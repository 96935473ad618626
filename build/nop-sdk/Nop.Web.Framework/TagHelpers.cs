using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Services.Localization;
using Nop.Web.Framework.Factories;

// Declarations only: the host renders these elements. They carry the attribute names the plugin's views bind to;
// a test host supplies the rendering.
namespace Nop.Web.Framework.TagHelpers.Admin
{
    [HtmlTargetElement("nop-cards", Attributes = ID_ATTRIBUTE_NAME)]
    public partial class NopCardsTagHelper : TagHelper
    {
        protected const string ID_ATTRIBUTE_NAME = "id";

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }

    [HtmlTargetElement("nop-card", Attributes = NAME_ATTRIBUTE_NAME)]
    public partial class NopCardTagHelper : TagHelper
    {
        protected const string NAME_ATTRIBUTE_NAME = "asp-name";
        protected const string TITLE_ATTRIBUTE_NAME = "asp-title";
        protected const string HIDE_BLOCK_ATTRIBUTE_NAME_ATTRIBUTE_NAME = "asp-hide-block-attribute-name";
        protected const string IS_HIDE_ATTRIBUTE_NAME = "asp-hide";
        protected const string IS_ADVANCED_ATTRIBUTE_NAME = "asp-advanced";
        protected const string CARD_ICON_ATTRIBUTE_NAME = "asp-icon";

        protected readonly IViewComponentHelper _viewComponentHelper;
        protected readonly IWidgetModelFactory _widgetModelFactory;

        public NopCardTagHelper(IViewComponentHelper viewComponentHelper, IWidgetModelFactory widgetModelFactory)
        {
            _viewComponentHelper = viewComponentHelper;
            _widgetModelFactory = widgetModelFactory;
        }

        [HtmlAttributeName(TITLE_ATTRIBUTE_NAME)]
        public string Title { get; set; }

        [HtmlAttributeName(NAME_ATTRIBUTE_NAME)]
        public string Name { get; set; }

        [HtmlAttributeName(HIDE_BLOCK_ATTRIBUTE_NAME_ATTRIBUTE_NAME)]
        public string HideBlockAttributeName { get; set; }

        [HtmlAttributeName(IS_HIDE_ATTRIBUTE_NAME)]
        public bool IsHide { get; set; }

        [HtmlAttributeName(IS_ADVANCED_ATTRIBUTE_NAME)]
        public bool IsAdvanced { get; set; }

        [HtmlAttributeName(CARD_ICON_ATTRIBUTE_NAME)]
        public string CardIconIsAdvanced { get; set; }

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }

    [HtmlTargetElement("nop-label", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
    public partial class NopLabelTagHelper : TagHelper
    {
        protected const string FOR_ATTRIBUTE_NAME = "asp-for";
        protected const string DISPLAY_HINT_ATTRIBUTE_NAME = "asp-display-hint";

        protected readonly ILocalizationService _localizationService;
        protected readonly IWorkContext _workContext;

        public NopLabelTagHelper(IHtmlGenerator generator, ILocalizationService localizationService, IWorkContext workContext)
        {
            Generator = generator;
            _localizationService = localizationService;
            _workContext = workContext;
        }

        protected IHtmlGenerator Generator { get; set; }

        [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
        public ModelExpression For { get; set; }

        [HtmlAttributeName(DISPLAY_HINT_ATTRIBUTE_NAME)]
        public bool DisplayHint { get; set; } = true;

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }

    [HtmlTargetElement("nop-editor", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
    public partial class NopEditorTagHelper : TagHelper
    {
        protected const string FOR_ATTRIBUTE_NAME = "asp-for";
        protected const string CUSTOM_HTML_ATTRIBUTES = "html-attributes";
        protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";
        protected const string RENDER_FORM_CONTROL_CLASS_ATTRIBUTE_NAME = "asp-render-form-control-class";
        protected const string TEMPLATE_ATTRIBUTE_NAME = "asp-template";
        protected const string POSTFIX_ATTRIBUTE_NAME = "asp-postfix";

        protected readonly IHtmlHelper _htmlHelper;

        public NopEditorTagHelper(IHtmlHelper htmlHelper)
        {
            _htmlHelper = htmlHelper;
        }

        [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
        public ModelExpression For { get; set; }

        [HtmlAttributeName(CUSTOM_HTML_ATTRIBUTES)]
        public object CustomHtmlAttributes { set; get; }

        [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
        public string IsRequired { set; get; }

        [HtmlAttributeName(RENDER_FORM_CONTROL_CLASS_ATTRIBUTE_NAME)]
        public string RenderFormControlClass { set; get; }

        [HtmlAttributeName(TEMPLATE_ATTRIBUTE_NAME)]
        public string Template { set; get; }

        [HtmlAttributeName(POSTFIX_ATTRIBUTE_NAME)]
        public string Postfix { set; get; }

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }

    [HtmlTargetElement("nop-select", TagStructure = TagStructure.WithoutEndTag)]
    public partial class NopSelectTagHelper : TagHelper
    {
        protected const string FOR_ATTRIBUTE_NAME = "asp-for";
        protected const string NAME_ATTRIBUTE_NAME = "asp-for-name";
        protected const string ITEMS_ATTRIBUTE_NAME = "asp-items";
        protected const string MULTIPLE_ATTRIBUTE_NAME = "asp-multiple";
        protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";

        protected readonly AdminAreaSettings _adminAreaSettings;
        protected readonly IHtmlHelper _htmlHelper;

        public NopSelectTagHelper(AdminAreaSettings adminAreaSettings, IHtmlHelper htmlHelper)
        {
            _adminAreaSettings = adminAreaSettings;
            _htmlHelper = htmlHelper;
        }

        [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
        public ModelExpression For { get; set; }

        [HtmlAttributeName(NAME_ATTRIBUTE_NAME)]
        public string Name { get; set; }

        [HtmlAttributeName(ITEMS_ATTRIBUTE_NAME)]
        public IEnumerable<SelectListItem> Items { set; get; } = new List<SelectListItem>();

        [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
        public string IsRequired { set; get; }

        [HtmlAttributeName(MULTIPLE_ATTRIBUTE_NAME)]
        public string IsMultiple { set; get; }

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }

    [HtmlTargetElement("nop-textarea", Attributes = FOR_ATTRIBUTE_NAME)]
    public partial class NopTextAreaTagHelper : TextAreaTagHelper
    {
        protected const string FOR_ATTRIBUTE_NAME = "asp-for";
        protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";
        protected const string CUSTOM_HTML_ATTRIBUTES = "html-attributes";

        public NopTextAreaTagHelper(IHtmlGenerator generator) : base(generator)
        {
        }

        [HtmlAttributeName(CUSTOM_HTML_ATTRIBUTES)]
        public object CustomHtmlAttributes { set; get; }

        [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
        public string IsRequired { set; get; }
    }

    [HtmlTargetElement("nop-tabs", Attributes = ID_ATTRIBUTE_NAME)]
    public partial class NopTabsTagHelper : TagHelper
    {
        protected const string ID_ATTRIBUTE_NAME = "id";
        protected const string TAB_NAME_TO_SELECT_ATTRIBUTE_NAME = "asp-tab-name-to-select";
        protected const string RENDER_SELECTED_TAB_INPUT_ATTRIBUTE_NAME = "asp-render-selected-tab-input";

        protected readonly IHtmlHelper _htmlHelper;

        public NopTabsTagHelper(IHtmlHelper htmlHelper)
        {
            _htmlHelper = htmlHelper;
        }

        [HtmlAttributeName(TAB_NAME_TO_SELECT_ATTRIBUTE_NAME)]
        public string TabNameToSelect { set; get; }

        [HtmlAttributeName(RENDER_SELECTED_TAB_INPUT_ATTRIBUTE_NAME)]
        public string RenderSelectedTabInput { set; get; }

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }

    [HtmlTargetElement("nop-tab", ParentTag = "nop-tabs", Attributes = NAME_ATTRIBUTE_NAME)]
    public partial class NopTabTagHelper : TagHelper
    {
        protected const string NAME_ATTRIBUTE_NAME = "asp-name";
        protected const string TITLE_ATTRIBUTE_NAME = "asp-title";
        protected const string DEFAULT_ATTRIBUTE_NAME = "asp-default";

        protected readonly IHtmlHelper _htmlHelper;

        public NopTabTagHelper(IHtmlHelper htmlHelper)
        {
            _htmlHelper = htmlHelper;
        }

        [HtmlAttributeName(TITLE_ATTRIBUTE_NAME)]
        public string Title { set; get; }

        [HtmlAttributeName(DEFAULT_ATTRIBUTE_NAME)]
        public string IsDefault { set; get; }

        [HtmlAttributeName(NAME_ATTRIBUTE_NAME)]
        public string Name { set; get; }

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }

    [HtmlTargetElement("nop-override-store-checkbox", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
    public partial class NopOverrideStoreCheckboxHelper : TagHelper
    {
        protected const string FOR_ATTRIBUTE_NAME = "asp-for";
        protected const string INPUT_ATTRIBUTE_NAME = "asp-input";
        protected const string INPUT_2_ATTRIBUTE_NAME = "asp-input2";
        protected const string STORE_SCOPE_ATTRIBUTE_NAME = "asp-store-scope";
        protected const string PARENT_CONTAINER_ATTRIBUTE_NAME = "asp-parent-container";

        protected readonly IHtmlHelper _htmlHelper;

        public NopOverrideStoreCheckboxHelper(IHtmlHelper htmlHelper)
        {
            _htmlHelper = htmlHelper;
        }

        [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
        public ModelExpression For { get; set; }

        [HtmlAttributeName(INPUT_ATTRIBUTE_NAME)]
        public ModelExpression Input { set; get; }

        [HtmlAttributeName(INPUT_2_ATTRIBUTE_NAME)]
        public ModelExpression Input2 { set; get; }

        [HtmlAttributeName(STORE_SCOPE_ATTRIBUTE_NAME)]
        public int StoreScope { set; get; }

        [HtmlAttributeName(PARENT_CONTAINER_ATTRIBUTE_NAME)]
        public string ParentContainer { set; get; }

        [HtmlAttributeNotBound]
        [ViewContext]
        public ViewContext ViewContext { get; set; }
    }
}
