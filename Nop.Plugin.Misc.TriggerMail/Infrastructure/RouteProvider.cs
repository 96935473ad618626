using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// Public tracking routes. Short literal prefixes keep the URLs in emails short and clear of the store's SEO slugs.
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
    }

    public int Priority => 0;
}
