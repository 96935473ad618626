using System.Globalization;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>A UTC time shown in the customer's time zone (UTC when unknown) and culture.</summary>
public static class CustomerTime
{
    public static string Format(DateTime utc, string timeZoneId, string culture, string format = "D")
    {
        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrWhiteSpace(timeZoneId))
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            }
            catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                zone = TimeZoneInfo.Utc;
            }
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        CultureInfo cultureInfo;
        try
        {
            cultureInfo = CultureInfo.GetCultureInfo(culture ?? "en-US");
        }
        catch (CultureNotFoundException)
        {
            cultureInfo = CultureInfo.InvariantCulture;
        }

        return local.ToString(format, cultureInfo);
    }
}
