using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Plugin.Misc.TriggerMail.Public.Controllers;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// Public routes: the tracking pixel and click redirect (short literal prefixes keep email URLs short and clear
/// of the store's SEO slugs), and the unsubscribe page whose one-click POST shares its address.
/// </summary>
public class RouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapMethods(TriggerMailDefaults.Routes.OpenPathPrefix + "{token}", ["GET", "HEAD"], TrackingEndpoints.OpenAsync)
            .WithName(TriggerMailDefaults.Routes.PublicOpen);

        endpointRouteBuilder.MapMethods(TriggerMailDefaults.Routes.ClickPathPrefix + "{token}", ["GET", "HEAD"], TrackingEndpoints.ClickAsync)
            .WithName(TriggerMailDefaults.Routes.PublicClick);

        endpointRouteBuilder.MapControllerRoute(
            name: TriggerMailDefaults.Routes.PublicUnsubscribe,
            pattern: TriggerMailDefaults.Routes.UnsubscribePath + "/{token}",
            defaults: new { controller = "TriggerMailUnsubscribe", action = nameof(TriggerMailUnsubscribeController.Index) });
    }

    public int Priority => 0;
}
