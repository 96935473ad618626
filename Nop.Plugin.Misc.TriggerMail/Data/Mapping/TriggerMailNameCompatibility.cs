using Nop.Data.Mapping;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping;

/// <summary>
/// Gives every plugin table the TriggerMail_ prefix: nopCommerce names tables after the entity class only.
/// </summary>
public class TriggerMailNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => TriggerMailTables.All.ToDictionary(type => type, TriggerMailTables.NameOf);

    public Dictionary<(Type, string), string> ColumnName => new();
}
