using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;

/// <summary>An address the admin adds to the suppression list: it gets no marketing from any scenario (and, for a hard bounce or complaint, no mail at all).</summary>
public record AddSuppressionModel : BaseNopModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Suppressions.Fields.";

    [NopResourceDisplayName(Fields + nameof(Email))]
    public string Email { get; set; }

    [NopResourceDisplayName(Fields + nameof(ReasonId))]
    public int ReasonId { get; set; }

    [NopResourceDisplayName(Fields + nameof(Note))]
    public string Note { get; set; }

    public IList<SelectListItem> AvailableReasons { get; set; } = new List<SelectListItem>();
}
