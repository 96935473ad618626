using System.Collections.Concurrent;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Locale resources in memory; names are stored trimmed and lower-cased, as nopCommerce stores them.
/// </summary>
public sealed class InMemoryLocalizationService : ILocalizationService
{
    private readonly ConcurrentDictionary<string, string> _resources = new();

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

    public Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null)
    {
        var prefix = Normalize(resourceNamePrefix);
        foreach (var name in _resources.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            _resources.TryRemove(name, out _);

        return Task.CompletedTask;
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
