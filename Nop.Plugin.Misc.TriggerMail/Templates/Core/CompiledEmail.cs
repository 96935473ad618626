using Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// A template compiled once into delegates; rendering is a delegate call per part, safe to share between threads.
/// </summary>
public sealed class CompiledEmail
{
    private readonly Func<object, string> _subject;
    private readonly Func<object, string> _body;

    public CompiledEmail(Func<object, string> subject, Func<object, string> body)
    {
        _subject = subject;
        _body = body;
    }

    public RenderedEmail Render(EmailModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var culture = RenderCulture.Use(model.Culture);

        // A subject is a header: a line break in customer data must never start a new header.
        var subject = _subject(model).ReplaceLineEndings(" ").Trim();
        return new RenderedEmail(subject, _body(model));
    }
}
