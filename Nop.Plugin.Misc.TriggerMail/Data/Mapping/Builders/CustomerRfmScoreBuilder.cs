using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class CustomerRfmScoreBuilder : NopEntityBuilder<CustomerRfmScore>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // Every column is an int or a date: nopCommerce's default mapping of the properties is the schema.
    }
}
