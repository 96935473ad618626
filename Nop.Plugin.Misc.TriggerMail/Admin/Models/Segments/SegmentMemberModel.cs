using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

/// <summary>A matching customer; <see cref="BaseNopEntityModel.Id"/> is the customer id (link to the customer page).</summary>
public record SegmentMemberModel : BaseNopEntityModel
{
    public string Email { get; set; }

    public string FullName { get; set; }

    public DateTime RegisteredOnUtc { get; set; }

    public int OrderCount { get; set; }

    public string TotalSpent { get; set; }

    public DateTime? LastOrderOnUtc { get; set; }
}
