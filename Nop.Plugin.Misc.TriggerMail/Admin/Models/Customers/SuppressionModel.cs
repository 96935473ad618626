using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;

/// <summary>One entry of the suppression list. Dates are UTC.</summary>
public record SuppressionModel : BaseNopEntityModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Suppressions.Fields.";

    /// <summary>The address, or a note that only its keyed hash is kept (after a GDPR erase).</summary>
    [NopResourceDisplayName(Fields + nameof(Email))]
    public string Email { get; set; }

    public int CustomerId { get; set; }

    [NopResourceDisplayName(Fields + nameof(Scope))]
    public string Scope { get; set; }

    public int ReasonId { get; set; }

    [NopResourceDisplayName(Fields + nameof(Reason))]
    public string Reason { get; set; }

    [NopResourceDisplayName(Fields + nameof(Note))]
    public string Note { get; set; }

    [NopResourceDisplayName(Fields + nameof(CreatedOnUtc))]
    public DateTime CreatedOnUtc { get; set; }
}
