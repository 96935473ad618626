using System.ComponentModel.DataAnnotations.Schema;
using System.Data;
using System.Reflection;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Model;
using Nop.Core;
using Nop.Data.Mapping;
using Nop.Data.Mapping.Builders;

namespace Nop.Data.Extensions;

// Declares the nopCommerce 4.90 helpers the plugin's migration calls. Outside the host the column
// type follows the provider-neutral FluentMigrator type, and builders are found in the entity's
// own assembly (the host uses its type finder for the same search).
public static class FluentMigratorExtensions
{
    private static readonly Dictionary<Type, Action<ICreateTableColumnAsTypeSyntax>> _typeMapping = new()
    {
        [typeof(int)] = c => c.AsInt32(),
        [typeof(long)] = c => c.AsInt64(),
        [typeof(string)] = c => c.AsString(int.MaxValue).Nullable(),
        [typeof(bool)] = c => c.AsBoolean(),
        [typeof(decimal)] = c => c.AsDecimal(18, 4),
        [typeof(DateTime)] = c => c.AsNopDateTime2(),
        [typeof(byte[])] = c => c.AsBinary(int.MaxValue),
        [typeof(Guid)] = c => c.AsGuid()
    };

    public static ICreateTableColumnOptionOrWithColumnSyntax AsNopDateTime2(this ICreateTableColumnAsTypeSyntax syntax)
    {
        return syntax.AsDateTime2();
    }

    public static void TableFor<TEntity>(this ICreateExpressionRoot expressionRoot) where TEntity : BaseEntity
    {
        var type = typeof(TEntity);
        var builder = expressionRoot.Table(NameCompatibilityManager.GetTableName(type)) as CreateTableExpressionBuilder;
        builder.RetrieveTableExpressions(type);
    }

    public static void RetrieveTableExpressions(this CreateTableExpressionBuilder builder, Type type)
    {
        var entityBuilderType = type.Assembly.GetTypes()
            .FirstOrDefault(t => typeof(IEntityBuilder).IsAssignableFrom(t) && !t.IsAbstract &&
                (t.BaseType?.GetGenericArguments().Contains(type) ?? false));
        if (entityBuilderType != null)
            (Activator.CreateInstance(entityBuilderType) as IEntityBuilder)?.MapEntity(builder);

        var expression = builder.Expression;
        if (!expression.Columns.Any(c => c.IsPrimaryKey))
        {
            var pk = new ColumnDefinition
            {
                Name = nameof(BaseEntity.Id),
                Type = DbType.Int32,
                IsIdentity = true,
                TableName = NameCompatibilityManager.GetTableName(type),
                ModificationType = ColumnModificationType.Create,
                IsPrimaryKey = true
            };
            expression.Columns.Insert(0, pk);
            builder.CurrentColumn = pk;
        }

        var propertiesToAutoMap = type
            .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.SetProperty)
            .Where(pi => pi.DeclaringType != typeof(BaseEntity) &&
                pi.CanWrite &&
                pi.GetCustomAttribute<NotMappedAttribute>() == null &&
                !expression.Columns.Any(x => x.Name.Equals(NameCompatibilityManager.GetColumnName(type, pi.Name), StringComparison.OrdinalIgnoreCase)) &&
                _typeMapping.ContainsKey(GetTypeToMap(pi.PropertyType).propType));

        foreach (var prop in propertiesToAutoMap)
        {
            var (propType, canBeNullable) = GetTypeToMap(prop.PropertyType);
            var column = builder.WithColumn(NameCompatibilityManager.GetColumnName(type, prop.Name));
            _typeMapping[propType](column);
            if (propType == typeof(DateTime))
                builder.CurrentColumn.Precision = 6;
            if (canBeNullable || propType == typeof(string) || propType == typeof(byte[]))
                builder.Nullable();
        }
    }

    public static (Type propType, bool canBeNullable) GetTypeToMap(this Type type)
    {
        if (Nullable.GetUnderlyingType(type) is Type uType)
            return (uType, true);

        return (type, false);
    }
}
