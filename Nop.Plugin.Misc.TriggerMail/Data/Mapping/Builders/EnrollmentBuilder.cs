using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class EnrollmentBuilder : NopEntityBuilder<Enrollment>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(Enrollment.CurrentStepKey)).AsString(TriggerMailDefaults.KeyLength).Nullable()
            .WithColumn(nameof(Enrollment.EndReason)).AsString(TriggerMailDefaults.NoteLength).Nullable();
    }
}
