using System.Collections;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>
/// One area's locale resources as a literal table: <c>{ key, text }</c>, or <c>{ enum value, text }</c> for the key
/// nopCommerce's GetLocalizedEnumAsync looks up. Entries are kept as written (not in a dictionary), so a key
/// defined twice is caught by a test instead of one text silently replacing the other.
/// </summary>
public sealed class LocaleCatalogue : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _entries = [];

    public void Add(string key, string text) => _entries.Add(new KeyValuePair<string, string>(key, text));

    public void Add<TEnum>(TEnum value, string text) where TEnum : struct, Enum => Add(TriggerMailDefaults.EnumLocaleKey(value), text);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
