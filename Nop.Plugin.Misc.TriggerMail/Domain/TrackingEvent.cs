using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// A raw open, click, unsubscribe, bounce, complaint or attributed order; rolled up into <see cref="DailyStat"/>
/// and pruned after the retention period.
/// </summary>
public class TrackingEvent : BaseEntity
{
    public int MessageId { get; set; }

    public int EventTypeId { get; set; }

    public DateTime OccurredOnUtc { get; set; }

    public string Url { get; set; }

    public bool IsMachine { get; set; }

    public string IpAddress { get; set; }

    public string UserAgent { get; set; }

    public int? OrderId { get; set; }

    public decimal? Revenue { get; set; }

    public TrackingEventType EventType
    {
        get => (TrackingEventType)EventTypeId;
        set => EventTypeId = (int)value;
    }
}
