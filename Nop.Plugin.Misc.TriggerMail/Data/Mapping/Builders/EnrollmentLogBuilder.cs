using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class EnrollmentLogBuilder : NopEntityBuilder<EnrollmentLog>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(EnrollmentLog.StepKey)).AsString(TriggerMailDefaults.KeyLength).Nullable()
            .WithColumn(nameof(EnrollmentLog.Note)).AsString(TriggerMailDefaults.NoteLength).Nullable();
    }
}
