using Nop.Core;
using Nop.Core.Domain.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// A letter (or the shared store layout when <see cref="IsLayout"/> is set) in the store's default language;
/// other languages live in nopCommerce's localized properties.
/// </summary>
public class EmailTemplate : BaseEntity, ILocalizedEntity
{
    public string Name { get; set; }

    public string Subject { get; set; }

    public string Preheader { get; set; }

    public string BodyHtml { get; set; }

    public bool IsLayout { get; set; }

    public int? LayoutId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
