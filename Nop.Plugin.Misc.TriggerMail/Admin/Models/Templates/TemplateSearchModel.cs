using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

public record TemplateSearchModel : BaseSearchModel
{
    [NopResourceDisplayName(TemplateModel.Fields + nameof(SearchName))]
    public string SearchName { get; set; }
}
