using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class TrackingEventBuilder : NopEntityBuilder<TrackingEvent>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(TrackingEvent.Url)).AsString(2000).Nullable()
            .WithColumn(nameof(TrackingEvent.IpAddress)).AsString(100).Nullable()
            .WithColumn(nameof(TrackingEvent.UserAgent)).AsString(1000).Nullable();
    }
}
