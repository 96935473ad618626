using System.Globalization;

namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// The culture the date and money helpers format with during one (synchronous) render on this thread.
/// </summary>
internal static class RenderCulture
{
    [ThreadStatic]
    private static CultureInfo _current;

    public static CultureInfo Current => _current ?? CultureInfo.InvariantCulture;

    public static Scope Use(string name)
    {
        var previous = _current;
        _current = Resolve(name);
        return new Scope(previous);
    }

    private static CultureInfo Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return CultureInfo.InvariantCulture;

        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    public readonly struct Scope : IDisposable
    {
        private readonly CultureInfo _previous;

        public Scope(CultureInfo previous) => _previous = previous;

        public void Dispose() => _current = _previous;
    }
}
