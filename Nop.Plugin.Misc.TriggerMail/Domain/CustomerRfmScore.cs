using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// A customer's recency, frequency and monetary quintiles (1 = lowest fifth, 5 = highest) among the customers
/// with orders in one store (<see cref="StoreId"/> 0: all stores), written by the RFM scoring task so that
/// segment rules read a score instead of ranking every customer inside each query.
/// </summary>
public class CustomerRfmScore : BaseEntity
{
    public int CustomerId { get; set; }

    public int StoreId { get; set; }

    public int RecencyScore { get; set; }

    public int FrequencyScore { get; set; }

    public int MonetaryScore { get; set; }

    public DateTime ComputedOnUtc { get; set; }
}
