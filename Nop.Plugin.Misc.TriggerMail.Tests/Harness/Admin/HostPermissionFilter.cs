using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Web.Framework.Mvc.Filters.CheckPermissionAttribute;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;

/// <summary>
/// What nopCommerce 4.90's AuthorizeAdmin and CheckPermission filters do, driven by the attributes on the plugin's
/// controllers: no admin-panel access → challenge; a missing named permission → the access-denied page for a page
/// request, a JSON error for an AJAX POST, plain text otherwise.
/// </summary>
public sealed class HostPermissionFilter : IAsyncAuthorizationFilter
{
    private readonly IPermissionService _permissionService;
    private readonly ILocalizationService _localizationService;

    public HostPermissionFilter(IPermissionService permissionService, ILocalizationService localizationService)
    {
        _permissionService = permissionService;
        _localizationService = localizationService;
    }

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var attributes = context.ActionDescriptor.FilterDescriptors.Select(d => d.Filter).ToList();
        if (attributes.OfType<AuthorizeAdminAttribute>().Any(a => !a.IgnoreFilter)
            && !await _permissionService.AuthorizeAsync(StandardPermission.Security.ACCESS_ADMIN_PANEL))
        {
            context.Result = new ChallengeResult();
            return;
        }

        foreach (var check in attributes.OfType<CheckPermissionAttribute>())
        {
            var allowed = false;
            foreach (var name in check.PermissionSystemName)
                allowed |= await _permissionService.AuthorizeAsync(name);
            if (allowed)
                continue;

            var request = context.HttpContext.Request;
            var resultType = check.ResultType != CheckPermissionResultType.Default ? check.ResultType
                : HttpMethods.IsPost(request.Method) ? (request.Headers.XRequestedWith == "XMLHttpRequest" ? CheckPermissionResultType.Json : CheckPermissionResultType.Html)
                : HttpMethods.IsGet(request.Method) ? CheckPermissionResultType.Html
                : CheckPermissionResultType.Text;
            var message = await _localizationService.GetResourceAsync("Admin.AccessDenied.Description");
            context.Result = resultType switch
            {
                CheckPermissionResultType.Json => new JsonResult(new { error = message }),
                CheckPermissionResultType.Text => new ContentResult { Content = message, ContentType = "text/plain" },
                _ => new RedirectResult(AdminSite.AccessDeniedPath + "?pageUrl=" + Uri.EscapeDataString(request.Path + request.QueryString))
            };
            return;
        }
    }
}
