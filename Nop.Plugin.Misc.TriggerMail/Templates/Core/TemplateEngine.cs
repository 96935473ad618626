using System.Collections.Concurrent;
using System.Globalization;
using HandlebarsDotNet;

namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// Handlebars.Net behind one door: HTML parts are escaped by default, the subject is plain text, the only
/// helpers are the formatting ones registered here, no partials or files can be reached. Compiled delegates
/// are cached by template text, so a template is compiled once however many messages use it.
/// </summary>
public sealed class TemplateEngine
{
    private const int MaxCachedTemplates = 512;

    private readonly IHandlebars _html;
    private readonly IHandlebars _text;
    private readonly ConcurrentDictionary<TemplateSource, CompiledEmail> _cache = new();

    public TemplateEngine()
    {
        _html = Create(noEscape: false);
        _text = Create(noEscape: true);
    }

    /// <summary>Compiles (or takes from the cache) a template; throws <see cref="TemplateCompileException"/>.</summary>
    public CompiledEmail Compile(TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_cache.TryGetValue(source, out var compiled))
            return compiled;

        compiled = CompileUncached(source);
        if (_cache.Count >= MaxCachedTemplates)
            _cache.Clear();
        _cache[source] = compiled;
        return compiled;
    }

    /// <summary>Every error of every part, each with its own line and column; empty when the template compiles.</summary>
    public IReadOnlyList<TemplateError> Check(TemplateSource source)
    {
        var errors = new List<TemplateError>();
        CheckPart(errors, TemplateFields.Subject, source.Subject, _text);
        CheckPart(errors, TemplateFields.Preheader, source.Preheader, _html);
        CheckPart(errors, TemplateFields.Body, source.BodyHtml, _html);
        if (source.LayoutHtml is not null)
        {
            if (!source.LayoutHtml.Contains(TemplateFields.BodyPlaceholder, StringComparison.Ordinal))
                errors.Add(TemplateError.InField(TemplateFields.Layout, $"The layout must contain {TemplateFields.BodyPlaceholder} where the letter goes."));
            CheckPart(errors, TemplateFields.Layout, source.LayoutHtml, _html);
        }

        return errors;
    }

    private CompiledEmail CompileUncached(TemplateSource source)
    {
        var errors = Check(source);
        if (errors.Count > 0)
            throw new TemplateCompileException(errors);

        var subject = _text.Compile(NopTokenMapper.Map(source.Subject ?? string.Empty));
        var body = _html.Compile(ComposeBody(source));
        return new CompiledEmail(model => subject(model), model => body(model));
    }

    /// <summary>
    /// The layout, the hidden preheader and the letter become one template, so a send is a single delegate call.
    /// Each part was checked on its own first, so error positions refer to what the admin wrote.
    /// </summary>
    private static string ComposeBody(TemplateSource source)
    {
        var letter = NopTokenMapper.Map(source.BodyHtml ?? string.Empty);
        if (!string.IsNullOrWhiteSpace(source.Preheader))
            letter = "<div style=\"display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all\">"
                + NopTokenMapper.Map(source.Preheader) + "</div>" + letter;

        return source.LayoutHtml is null
            ? letter
            : NopTokenMapper.Map(source.LayoutHtml).Replace(TemplateFields.BodyPlaceholder, letter, StringComparison.Ordinal);
    }

    private static void CheckPart(List<TemplateError> errors, string field, string text, IHandlebars handlebars)
    {
        if (string.IsNullOrEmpty(text))
            return;

        var found = TemplateSyntaxChecker.Check(field, text);
        found.AddRange(NopTokenMapper.UnknownTokens(field, text));
        if (found.Count == 0)
        {
            try
            {
                handlebars.Compile(NopTokenMapper.Map(text));
            }
            catch (HandlebarsException exception)
            {
                found.Add(TemplateSyntaxChecker.FromException(field, exception));
            }
        }

        errors.AddRange(found);
    }

    private static IHandlebars Create(bool noEscape)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = noEscape,
            ThrowOnUnresolvedBindingExpression = false
        });

        handlebars.RegisterHelper("date", (context, arguments) => FormatDate(arguments));
        handlebars.RegisterHelper("money", (context, arguments) => FormatMoney(arguments));
        return handlebars;
    }

    private static object FormatDate(Arguments arguments)
    {
        if (arguments.Length == 0 || arguments[0] is not DateTime date)
            return arguments.Length == 0 ? string.Empty : arguments[0]?.ToString();

        var format = arguments.Length > 1 ? arguments[1] as string : null;
        return date.ToString(string.IsNullOrEmpty(format) ? "D" : format, RenderCulture.Current);
    }

    private static object FormatMoney(Arguments arguments)
    {
        if (arguments.Length == 0)
            return string.Empty;

        var amount = arguments[0] switch
        {
            decimal d => d,
            double d => (decimal)d,
            int i => i,
            string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (decimal?)null
        };
        if (amount is null)
            return arguments[0]?.ToString();

        var currency = arguments.Length > 1 ? arguments[1] as string : null;
        var number = amount.Value.ToString("N2", RenderCulture.Current);
        return string.IsNullOrEmpty(currency) ? number : $"{number} {currency}";
    }
}
