using FluentMigrator.Expressions;
using Nop.Core;
using Nop.Data.Mapping;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Which entity type lives in which table with which columns, read from the migrations' own expressions,
/// so the ORM mapping and the database agree as linq2db and FluentMigrator do in nopCommerce.
/// </summary>
public sealed class SchemaMap
{
    private readonly Dictionary<Type, CreateTableExpression> _tables;

    public SchemaMap(IEnumerable<Type> entityTypes, IEnumerable<IMigrationExpression> expressions)
    {
        var byName = expressions.OfType<CreateTableExpression>().ToDictionary(t => t.TableName, StringComparer.OrdinalIgnoreCase);
        _tables = entityTypes
            .Where(type => byName.ContainsKey(NameCompatibilityManager.GetTableName(type)))
            .ToDictionary(type => type, type => byName[NameCompatibilityManager.GetTableName(type)]);
        Signature = string.Join(",", _tables.Values.Select(t => t.TableName).OrderBy(n => n));
    }

    public string Signature { get; }

    public IEnumerable<Type> EntityTypes => _tables.Keys;

    public string TableOf(Type entityType) => _tables[entityType].TableName;

    public string ColumnOf(Type entityType, string propertyName)
    {
        var columnName = NameCompatibilityManager.GetColumnName(entityType, propertyName);
        return _tables[entityType].Columns.Any(c => c.Name.Equals(columnName, StringComparison.OrdinalIgnoreCase)) ? columnName : null;
    }

    public bool Maps(Type entityType) => _tables.ContainsKey(entityType) && typeof(BaseEntity).IsAssignableFrom(entityType);
}
