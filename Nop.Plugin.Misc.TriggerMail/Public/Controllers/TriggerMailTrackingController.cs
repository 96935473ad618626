using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Services.Tracking;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.TriggerMail.Public.Controllers;

/// <summary>
/// The open pixel and click redirect. A plain Controller, as nopCommerce's own ScheduleTaskController: the
/// public BaseController's filters would create guest customers and touch the session for every request.
/// A failure never shows: the pixel is always returned, a click always lands somewhere safe.
/// </summary>
public class TriggerMailTrackingController : Controller
{
    private static readonly byte[] _transparentGif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private readonly ILogger _logger;
    private readonly TrackingRecorder _recorder;
    private readonly IWebHelper _webHelper;

    public TriggerMailTrackingController(ILogger logger, TrackingRecorder recorder, IWebHelper webHelper)
    {
        _logger = logger;
        _recorder = recorder;
        _webHelper = webHelper;
    }

    [AcceptVerbs("GET", "HEAD")]
    public async Task<IActionResult> Open(string token)
    {
        try
        {
            await _recorder.RecordOpenAsync(Visit(token));
        }
        catch (Exception exception)
        {
            await _logger.WarningAsync("Trigger mail: an open could not be recorded", exception);
        }

        Response.Headers.CacheControl = "no-store, no-cache, must-revalidate, max-age=0";
        return File(_transparentGif, "image/gif");
    }

    [AcceptVerbs("GET", "HEAD")]
    public async Task<IActionResult> Click(string token)
    {
        string url = null;
        try
        {
            url = await _recorder.ResolveClickAsync(Visit(token));
        }
        catch (Exception exception)
        {
            await _logger.WarningAsync("Trigger mail: a click could not be recorded", exception);
        }

        Response.Headers.CacheControl = "no-store";
        return Redirect(url ?? _webHelper.GetStoreLocation());
    }

    private TrackingVisit Visit(string token) =>
        new(token, Request.Headers.UserAgent.ToString(), HttpContext.Connection.RemoteIpAddress?.ToString());
}
