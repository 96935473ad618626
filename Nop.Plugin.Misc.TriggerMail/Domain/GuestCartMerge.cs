using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// A guest's cart merged into a customer's account at login, carried forward from the login trigger for the
/// abandoned-cart rule (a cart already reminded as the guest's is not reminded again as the account's).
/// The login's inbox row id is unique, so scans that carry the same login forward at once write it once.
/// </summary>
public class GuestCartMerge : BaseEntity
{
    public int LoginInboxItemId { get; set; }

    public int CustomerId { get; set; }

    public int GuestCustomerId { get; set; }

    public DateTime MergedOnUtc { get; set; }
}
