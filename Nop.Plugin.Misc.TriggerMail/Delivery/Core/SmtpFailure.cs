using System.Text.RegularExpressions;
using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Delivery.Core;

/// <summary>
/// Tells a permanent SMTP rejection (5xx: unknown mailbox, policy) from a transient one (4xx, network, timeout)
/// without referencing MailKit: the host owns it, so its status code is read by name.
/// </summary>
public static partial class SmtpFailure
{
    public static bool IsPermanent(Exception exception)
    {
        for (var current = exception; current != null; current = current.InnerException)
        {
            var status = current.GetType().GetProperty("StatusCode")?.GetValue(current);
            if (status is IConvertible && Convert.ToInt32(status) is var code and >= 400 and < 600)
                return code >= 500;

            if (PermanentReply().IsMatch(current.Message))
                return true;
        }

        return false;
    }

    /// <summary>The error text kept with the message: type and message of the innermost useful exception, bounded.</summary>
    public static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        if (exception.InnerException is { } inner)
            text += $" ({inner.GetType().Name}: {inner.Message})";
        return Text.Truncate(text, 1900);
    }

    [GeneratedRegex(@"(^|\D)5\d\d(\s|-|$)|(^|\D)5\.\d{1,3}\.\d{1,3}")]
    private static partial Regex PermanentReply();
}
