using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// The open pixel and click redirect, as plain endpoints rather than MVC actions: they bind one route value and
/// answer a fixed image or a redirect, so model binding, filters and result executors would only cost time on the
/// busiest public URLs. No customer, session or cookie is created. A failure never shows: the pixel is always
/// returned, a click always lands somewhere safe.
/// </summary>
public static class TrackingEndpoints
{
    private static readonly byte[] _transparentGif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static async Task OpenAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.RequestServices.GetRequiredService<TrackingRecorder>().RecordOpenAsync(Visit(context));
        }
        catch (Exception exception)
        {
            await context.RequestServices.GetRequiredService<ILogger>().WarningAsync("Trigger mail: an open could not be recorded", exception);
        }

        context.Response.Headers.CacheControl = "no-store, no-cache, must-revalidate, max-age=0";
        context.Response.ContentType = "image/gif";
        context.Response.ContentLength = _transparentGif.Length;
        await context.Response.Body.WriteAsync(_transparentGif);
    }

    public static async Task ClickAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string url = null;
        try
        {
            url = await context.RequestServices.GetRequiredService<TrackingRecorder>().ResolveClickAsync(Visit(context));
        }
        catch (Exception exception)
        {
            await context.RequestServices.GetRequiredService<ILogger>().WarningAsync("Trigger mail: a click could not be recorded", exception);
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect(url ?? context.RequestServices.GetRequiredService<IWebHelper>().GetStoreLocation());
    }

    private static TrackingVisit Visit(HttpContext context) =>
        new(context.Request.RouteValues["token"] as string, context.Request.Headers.UserAgent.ToString(), context.Connection.RemoteIpAddress?.ToString());
}
