using System.Reflection;
using FluentMigrator.Builders.Create.Table;
using Nop.Core;

namespace Nop.Data.Mapping
{
    public partial interface INameCompatibility
    {
        Dictionary<Type, string> TableNames { get; }

        Dictionary<(Type, string), string> ColumnName { get; }
    }

    // The real manager discovers INameCompatibility classes with nopCommerce's type finder; scanning the
    // loaded assemblies is the simplest equivalent outside the host.
    public static partial class NameCompatibilityManager
    {
        private static readonly object _lock = new();
        private static readonly Dictionary<Type, string> _tableNames = new();
        private static readonly Dictionary<(Type, string), string> _columnName = new();
        private static readonly HashSet<Type> _loadedFor = new();
        private static readonly HashSet<Assembly> _scanned = new();

        public static List<Type> AdditionalNameCompatibilities { get; } = new();

        public static string GetTableName(Type type)
        {
            Initialize();
            lock (_lock)
                return _tableNames.TryGetValue(type, out var value) ? value : type.Name;
        }

        public static string GetColumnName(Type type, string propertyName)
        {
            Initialize();
            lock (_lock)
                return _columnName.TryGetValue((type, propertyName), out var value) ? value : propertyName;
        }

        private static void Initialize()
        {
            lock (_lock)
            {
                var newAssemblies = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && _scanned.Add(a)).ToList();
                if (newAssemblies.Count == 0 && AdditionalNameCompatibilities.All(_loadedFor.Contains))
                    return;

                var types = newAssemblies
                    .SelectMany(LoadableTypes)
                    .Where(t => typeof(INameCompatibility).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
                    .Concat(AdditionalNameCompatibilities)
                    .Where(t => !_loadedFor.Contains(t))
                    .Distinct()
                    .ToList();

                foreach (var type in types)
                {
                    _loadedFor.Add(type);
                    var compatibility = (INameCompatibility)Activator.CreateInstance(type);
                    foreach (var (key, value) in compatibility.TableNames)
                        _tableNames.TryAdd(key, value);
                    foreach (var (key, value) in compatibility.ColumnName)
                        _columnName.TryAdd(key, value);
                }
            }
        }

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                return e.Types.Where(t => t != null);
            }
        }
    }
}

namespace Nop.Data.Mapping.Builders
{
    public partial interface IEntityBuilder
    {
        void MapEntity(CreateTableExpressionBuilder table);
    }

    public abstract partial class NopEntityBuilder<TEntity> : IEntityBuilder where TEntity : BaseEntity
    {
        public abstract void MapEntity(CreateTableExpressionBuilder table);
    }
}
