using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class MessageLinkBuilder : NopEntityBuilder<MessageLink>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(MessageLink.Url)).AsString(TriggerMailDefaults.UrlLength).NotNullable();
    }
}
