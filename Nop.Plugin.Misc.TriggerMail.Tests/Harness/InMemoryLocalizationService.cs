using System.Collections.Concurrent;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Locale resources in memory; names are stored trimmed and lower-cased, as nopCommerce stores them.
/// </summary>
public sealed class InMemoryLocalizationService : ILocalizationService
{
    private readonly ConcurrentDictionary<string, string> _resources = new();
    private readonly ConcurrentDictionary<(string Group, int EntityId, string Key, int LanguageId), object> _localized = new();

    public IReadOnlyDictionary<string, string> Resources => _resources;

    public Task<string> GetResourceAsync(string resourceKey)
    {
        return Task.FromResult(_resources.TryGetValue(Normalize(resourceKey), out var value) ? value : resourceKey);
    }

    public Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null)
    {
        foreach (var (name, value) in resources)
            _resources[Normalize(name)] = value;

        return Task.CompletedTask;
    }

    public void AddOrUpdateLocaleResource(IDictionary<string, string> resources, int? languageId = null)
    {
        AddOrUpdateLocaleResourceAsync(resources, languageId).GetAwaiter().GetResult();
    }

    public void DeleteLocaleResources(IList<string> resourceNames, int? languageId = null)
    {
        foreach (var name in resourceNames)
            _resources.TryRemove(Normalize(name), out _);
    }

    public Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null)
    {
        var prefix = Normalize(resourceNamePrefix);
        foreach (var name in _resources.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            _resources.TryRemove(name, out _);

        return Task.CompletedTask;
    }

    public Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "",
        bool returnEmptyIfNotFound = false)
    {
        if (_resources.TryGetValue(Normalize(resourceKey), out var value))
            return Task.FromResult(value);

        return Task.FromResult(!string.IsNullOrEmpty(defaultValue) ? defaultValue : returnEmptyIfNotFound ? string.Empty : resourceKey);
    }

    public Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct
    {
        var key = $"Enums.{typeof(TEnum).FullName}.{enumValue}";
        return Task.FromResult(_resources.TryGetValue(Normalize(key), out var value) ? value : enumValue.ToString());
    }

    /// <summary>nopCommerce's localized properties: (key group, entity id, property, language) to value.</summary>
    public Task<TPropType> GetLocalizedAsync<TEntity, TPropType>(TEntity entity, System.Linq.Expressions.Expression<Func<TEntity, TPropType>> keySelector,
        int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true) where TEntity : Nop.Core.BaseEntity, Nop.Core.Domain.Localization.ILocalizedEntity
    {
        var key = (typeof(TEntity).Name, entity.Id, ((System.Linq.Expressions.MemberExpression)keySelector.Body).Member.Name, languageId ?? 0);
        if (_localized.TryGetValue(key, out var value) && value is TPropType typed && !string.IsNullOrEmpty(value as string ?? "x"))
            return Task.FromResult(typed);

        return Task.FromResult(returnDefaultValue ? keySelector.Compile()(entity) : default);
    }

    public void SetLocalized<TEntity, TPropType>(TEntity entity, System.Linq.Expressions.Expression<Func<TEntity, TPropType>> keySelector,
        TPropType value, int languageId) where TEntity : Nop.Core.BaseEntity
    {
        _localized[(typeof(TEntity).Name, entity.Id, ((System.Linq.Expressions.MemberExpression)keySelector.Body).Member.Name, languageId)] = value;
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
