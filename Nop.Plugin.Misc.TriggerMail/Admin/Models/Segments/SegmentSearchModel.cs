using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

public record SegmentSearchModel : BaseSearchModel
{
    [NopResourceDisplayName(TriggerMailDefaults.LocalePrefix + ".Segments.Fields.SearchName")]
    public string SearchName { get; set; }
}
