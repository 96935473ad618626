namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping;

/// <summary>
/// An index of a plugin table; names stay under 64 characters for MySQL.
/// </summary>
public record TableIndex(string Name, Type EntityType, bool IsUnique, params string[] Columns);
