using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class TrackingEventBuilder : NopEntityBuilder<TrackingEvent>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(TrackingEvent.Url)).AsString(TriggerMailDefaults.UrlLength).Nullable()
            .WithColumn(nameof(TrackingEvent.IpAddress)).AsString(TriggerMailDefaults.IpAddressLength).Nullable()
            .WithColumn(nameof(TrackingEvent.UserAgent)).AsString(TriggerMailDefaults.UserAgentLength).Nullable();
    }
}
