using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class SuppressionBuilder : NopEntityBuilder<Suppression>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(Suppression.Email)).AsString(TriggerMailDefaults.EmailLength).NotNullable()
            .WithColumn(nameof(Suppression.Note)).AsString(TriggerMailDefaults.NoteLength).Nullable();
    }
}
