using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class EmailTemplateBuilder : NopEntityBuilder<EmailTemplate>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(EmailTemplate.Name)).AsString(400).NotNullable()
            .WithColumn(nameof(EmailTemplate.Subject)).AsString(1000).Nullable()
            .WithColumn(nameof(EmailTemplate.Preheader)).AsString(1000).Nullable();
    }
}
