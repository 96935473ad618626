using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Plugin.Misc.TriggerMail.Public.Controllers;
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
        endpointRouteBuilder.MapControllerRoute(name: TriggerMailDefaults.Routes.PublicOpen,
            pattern: TriggerMailDefaults.Routes.OpenPathPrefix + "{token}",
            defaults: new { controller = "TriggerMailTracking", action = "Open" });

        endpointRouteBuilder.MapControllerRoute(name: TriggerMailDefaults.Routes.PublicClick,
            pattern: TriggerMailDefaults.Routes.ClickPathPrefix + "{token}",
            defaults: new { controller = "TriggerMailTracking", action = "Click" });

        endpointRouteBuilder.MapControllerRoute(
            name: TriggerMailDefaults.Routes.PublicUnsubscribe,
            pattern: TriggerMailDefaults.Routes.UnsubscribePath + "/{token}",
            defaults: new { controller = "TriggerMailUnsubscribe", action = nameof(TriggerMailUnsubscribeController.Index) });
    }

    public int Priority => 0;
}
