using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Nop.Core.Configuration;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// nopCommerce's setting store in memory: one "{class}.{property}" key per store, lower-cased, values converted
/// with the property type's converter; a store without its own value reads the shared (store 0) one.
/// </summary>
public sealed class InMemorySettingService : ISettingService
{
    private readonly ConcurrentDictionary<(string Key, int StoreId), string> _values = new();

    public IReadOnlyCollection<string> Keys => _values.Keys.Select(k => k.Key).ToList();

    public Task<T> LoadSettingAsync<T>(int storeId = 0) where T : ISettings, new()
    {
        var settings = new T();
        foreach (var property in SettingProperties<T>())
        {
            var key = KeyOf<T>(property);
            if (!_values.TryGetValue((key, storeId), out var raw) && !_values.TryGetValue((key, 0), out raw))
                continue;

            property.SetValue(settings, TypeDescriptor.GetConverter(property.PropertyType).ConvertFromInvariantString(raw));
        }

        return Task.FromResult(settings);
    }

    public Task SaveSettingAsync<T>(T settings, int storeId = 0) where T : ISettings, new()
    {
        foreach (var property in SettingProperties<T>())
        {
            var value = property.GetValue(settings);
            _values[(KeyOf<T>(property), storeId)] = TypeDescriptor.GetConverter(property.PropertyType).ConvertToInvariantString(value) ?? string.Empty;
        }

        return Task.CompletedTask;
    }

    public Task DeleteSettingAsync<T>() where T : ISettings, new()
    {
        var prefix = typeof(T).Name.ToLowerInvariant() + ".";
        foreach (var key in _values.Keys.Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal)))
            _values.TryRemove(key, out _);

        return Task.CompletedTask;
    }

    public Task<bool> SettingExistsAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new()
    {
        return Task.FromResult(_values.ContainsKey((KeyOf<T>(PropertyOf(keySelector)), storeId)));
    }

    /// <summary>As nopCommerce: the value is saved for the store when overridden (or for store 0), else the store's own value is removed.</summary>
    public Task SaveSettingOverridablePerStoreAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector,
        bool overrideForStore, int storeId = 0, bool clearCache = true) where T : ISettings, new()
    {
        var property = PropertyOf(keySelector);
        if (overrideForStore || storeId == 0)
            _values[(KeyOf<T>(property), storeId)] = TypeDescriptor.GetConverter(property.PropertyType).ConvertToInvariantString(property.GetValue(settings)) ?? string.Empty;
        else if (storeId > 0)
            _values.TryRemove((KeyOf<T>(property), storeId), out _);

        return Task.CompletedTask;
    }

    public Task ClearCacheAsync() => Task.CompletedTask;

    private static PropertyInfo PropertyOf<T, TPropType>(Expression<Func<T, TPropType>> keySelector) =>
        (keySelector.Body as MemberExpression)?.Member as PropertyInfo
        ?? throw new ArgumentException($"Expression '{keySelector}' does not select a property.", nameof(keySelector));

    private static IEnumerable<PropertyInfo> SettingProperties<T>()
    {
        return typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && TypeDescriptor.GetConverter(p.PropertyType).CanConvertFrom(typeof(string)));
    }

    private static string KeyOf<T>(PropertyInfo property)
    {
        return $"{typeof(T).Name}.{property.Name}".ToLower(CultureInfo.InvariantCulture);
    }
}
