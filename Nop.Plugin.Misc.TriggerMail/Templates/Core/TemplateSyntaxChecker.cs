using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// Finds the mistakes admins make most (an unclosed <c>{{</c>, a block opened and never closed, a block closed
/// with another name) with their line and column, which Handlebars.Net does not always report.
/// </summary>
internal static partial class TemplateSyntaxChecker
{
    public static List<TemplateError> Check(string field, string text)
    {
        var errors = new List<TemplateError>();
        var open = new Stack<(string Name, int Index)>();
        var index = 0;
        while ((index = text.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("}}", index + 2, StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", index + 2, StringComparison.Ordinal);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end && !text.AsSpan(index).StartsWith("{{{")))
            {
                errors.Add(At(field, text, index, "'{{' is not closed with '}}'."));
                return errors;
            }

            var tag = text[(index + 2)..end].Trim('{', '}', '~', ' ', '\t', '\r', '\n');
            if (tag.StartsWith('#'))
                open.Push((FirstWord(tag[1..]), index));
            else if (tag.StartsWith('/'))
            {
                var name = FirstWord(tag[1..]);
                if (open.Count == 0)
                    errors.Add(At(field, text, index, $"'{{{{/{name}}}}}' closes a block that was never opened."));
                else
                {
                    var opened = open.Pop().Name;
                    if (opened != name)
                        errors.Add(At(field, text, index, $"'{{{{/{name}}}}}' closes '{{{{#{opened}}}}}'; expected '{{{{/{opened}}}}}'."));
                }
            }

            index = end + 2;
        }

        foreach (var (name, at) in open)
            errors.Add(At(field, text, at, $"'{{{{#{name}}}}}' is never closed with '{{{{/{name}}}}}'."));
        return errors;
    }

    public static TemplateError FromException(string field, HandlebarsException exception)
    {
        var match = PositionPattern().Match(exception.Message);
        var message = exception.Message.Split("Occured at:", StringSplitOptions.TrimEntries)[0];
        return match.Success
            ? new TemplateError(field, int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), message)
            : TemplateError.InField(field, message);
    }

    public static TemplateError At(string field, string text, int index, string message)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] != '\n')
                continue;
            line++;
            lineStart = i + 1;
        }

        return new TemplateError(field, line, index - lineStart + 1, message);
    }

    private static string FirstWord(string tag)
    {
        var trimmed = tag.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\r', '\n']);
        return space < 0 ? trimmed : trimmed[..space];
    }

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex PositionPattern();
}
