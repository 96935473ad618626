using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

/// <summary>
/// <see cref="Message.IsTracked"/> defaults to true for rows that do not say (those written before the flag existed):
/// a tracking token only ever comes from a link that was rewritten, so such a message was tracked when it was sent.
/// </summary>
public class MessageBuilder : NopEntityBuilder<Message>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(Message.StepKey)).AsString(TriggerMailDefaults.KeyLength).NotNullable()
            .WithColumn(nameof(Message.VariantKey)).AsString(TriggerMailDefaults.KeyLength).Nullable()
            .WithColumn(nameof(Message.ToEmail)).AsString(TriggerMailDefaults.EmailLength).NotNullable()
            .WithColumn(nameof(Message.Subject)).AsString(TriggerMailDefaults.SubjectLength).Nullable()
            .WithColumn(nameof(Message.LastError)).AsString(TriggerMailDefaults.ErrorLength).Nullable()
            .WithColumn(nameof(Message.IsTracked)).AsBoolean().NotNullable().WithDefaultValue(true);
    }
}
