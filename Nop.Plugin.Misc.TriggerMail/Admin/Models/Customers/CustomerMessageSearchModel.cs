using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;

/// <summary>The customer message log page and its grid's request: whose messages.</summary>
public record CustomerMessageSearchModel : BaseSearchModel
{
    public int CustomerId { get; set; }

    public string CustomerEmail { get; set; }

    public string CustomerName { get; set; }

    /// <summary>Messages written for the customer, shown on the page header and the customer edit page block.</summary>
    public int MessageCount { get; set; }
}
