using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Plugin.Misc.TriggerMail.Public.Controllers;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// The public routes: the unsubscribe page and its one-click POST share one address.
/// </summary>
public class RouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(
            name: TriggerMailDefaults.Routes.PublicUnsubscribe,
            pattern: TriggerMailDefaults.Routes.UnsubscribePath + "/{token}",
            defaults: new { controller = "TriggerMailUnsubscribe", action = nameof(TriggerMailUnsubscribeController.Index) });
    }

    public int Priority => 0;
}
