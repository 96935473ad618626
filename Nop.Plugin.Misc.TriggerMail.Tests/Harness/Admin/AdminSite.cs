using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.TriggerMail.Tests.AdminHost;
using Nop.Plugin.Misc.TriggerMail.Tests.AdminHost.TagHelpers;
using Nop.Web.Framework.Factories;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Web.Framework.UI;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;

/// <summary>
/// The plugin's admin pages on a web server, as nopCommerce serves them: the plugin's controllers in the Admin area,
/// its views compiled against the stand-ins (AdminHost project), the host's layout, grid partial and tag helpers,
/// JSON with nopCommerce's PascalCase contract, antiforgery, and the host's permission filters emulated from the
/// attributes on the actions. Each request's services come from a harness scope.
/// </summary>
public sealed class AdminSite : IAsyncDisposable
{
    public const string AccessDeniedPath = "/Admin/Security/AccessDenied";

    private WebApplication _app;

    private AdminSite()
    {
    }

    public RecordingNotificationService Notifications { get; } = new();

    /// <summary>nopCommerce's own admin texts the plugin's pages show (every store has them; the harness starts empty).</summary>
    public static IDictionary<string, string> HostResources { get; } = new Dictionary<string, string>
    {
        ["Admin.Common.All"] = "All",
        ["Admin.Common.AreYouSure"] = "Are you sure?",
        ["Admin.Common.Cancel"] = "Cancel",
        ["Admin.Common.Delete"] = "Delete",
        ["Admin.Common.Edit"] = "Edit",
        ["Admin.Common.Save"] = "Save",
        ["Admin.Common.SaveContinue"] = "Save and Continue Edit",
        ["Admin.Common.Search"] = "Search",
        ["Admin.Common.View"] = "View",
        ["Admin.AccessDenied.Description"] = "You do not have permission to perform the selected operation.",
        ["Admin.Configuration.Settings.StoreScope"] = "Multi-store configuration for",
        ["Admin.Configuration.Settings.StoreScope.AllStores"] = "All stores",
        ["Admin.Configuration.Settings.StoreScope.CheckAll"] = "Check/uncheck all"
    };

    /// <param name="listenUrl">Serve on Kestrel at this address (for a browser) instead of in memory.</param>
    public static async Task<AdminSite> StartAsync(StoreHarness store, string listenUrl = null)
    {
        var site = new AdminSite();
        await store.Locales.AddOrUpdateLocaleResourceAsync(HostResources);
        store.Permissions.InsertStandardPermission(Nop.Services.Security.StandardPermission.Security.ACCESS_ADMIN_PANEL);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = RepositoryRoot.Combine("Nop.Plugin.Misc.TriggerMail.Tests", "AdminHost") });
        if (listenUrl is null)
            builder.WebHost.UseTestServer();
        else
            builder.WebHost.UseUrls(listenUrl);
        builder.Logging.ClearProviders();

        builder.Services.AddControllersWithViews(options =>
            {
                options.Filters.Add<HostPermissionFilter>();
                options.Filters.Add<HostModelValidationFilter>();
            })
            .AddApplicationPart(StoreHarness.PluginAssembly)
            .AddApplicationPart(typeof(HostNopHtmlHelper).Assembly)
            .AddJsonOptions(options => options.JsonSerializerOptions.PropertyNamingPolicy = null);
        builder.Services.Replace(ServiceDescriptor.Singleton<ITagHelperFactory, HostTagHelperFactory>());
        builder.Services.AddScoped<INopHtmlHelper, HostNopHtmlHelper>();
        builder.Services.AddScoped<IAdminMenu, HarnessAdminMenu>();
        builder.Services.AddSingleton(new AdminAreaSettings { DefaultGridPageSize = 15, PopupGridPageSize = 10, GridPageSizes = "7, 15, 20, 50, 100" });
        builder.Services.AddSingleton<IWorkContext>(new HarnessWorkContext());
        builder.Services.AddSingleton<IWidgetModelFactory, NoWidgets>();
        builder.Services.AddSingleton<Nop.Services.Messages.INotificationService>(site.Notifications);
        foreach (var validator in StoreHarness.PluginAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        foreach (var contract in validator.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)))
            builder.Services.AddScoped(contract, validator);
        builder.Services.AddScoped(_ => store.CreateScope());
        foreach (var service in StoreHarness.RequestServiceTypes.Where(t => t != typeof(IWorkContext)))
            builder.Services.AddScoped(service, sp => sp.GetRequiredService<IServiceScope>().ServiceProvider.GetRequiredService(service));

        // Repositories are an open generic in the harness: host components (e.g. the store-scope selector) get closed ones.
        foreach (var entity in HostSchemaMigration.EntityTypes.Concat(StoreHarness.PluginAssembly.GetTypes().Where(t => typeof(Nop.Core.BaseEntity).IsAssignableFrom(t) && !t.IsAbstract)))
        {
            var repository = typeof(Nop.Data.IRepository<>).MakeGenericType(entity);
            builder.Services.AddScoped(repository, sp => sp.GetRequiredService<IServiceScope>().ServiceProvider.GetRequiredService(repository));
        }

        var app = builder.Build();
        // The files of nopCommerce's ~/lib_npm the pages use, laid out as a store serves them (AdminHost/update-lib_npm.sh).
        var libraries = RepositoryRoot.Combine("Nop.Plugin.Misc.TriggerMail.Tests", "AdminHost", "lib_npm");
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(libraries), RequestPath = "/lib_npm" });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(RepositoryRoot.Combine("Nop.Plugin.Misc.TriggerMail", "Content")),
            RequestPath = "/Plugins/Misc.TriggerMail/Content"
        });
        app.UseRouting();
        app.MapGet(AccessDeniedPath, () => Results.Content("<html><body><h1>Access denied</h1><p>You do not have permission to perform the selected operation.</p></body></html>", "text/html"));
        app.MapGet(StoreScopeConfigurationViewComponent.ChangePath, (int storeid, string returnUrl) =>
        {
            store.StoreContext.ActiveStoreScope = storeid;
            return Results.Redirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') ? "/Admin" : returnUrl);
        });
        foreach (var provider in StoreHarness.PluginAssembly.GetTypes()
                     .Where(t => typeof(IRouteProvider).IsAssignableFrom(t) && !t.IsAbstract)
                     .Select(t => (IRouteProvider)Activator.CreateInstance(t))
                     .OrderByDescending(p => p.Priority))
            provider.RegisterRoutes(app);
        app.MapControllerRoute("areaRoute", "{area:exists}/{controller=Home}/{action=Index}/{id?}");

        await app.StartAsync();
        site._app = app;
        return site;
    }

    /// <summary>Where Kestrel listens, when the site was started with a listen URL.</summary>
    public string Address => _app.Urls.First();

    /// <summary>An in-memory client that keeps cookies (antiforgery) and does not follow redirects.</summary>
    public AdminClient CreateClient()
    {
        var server = _app.GetTestServer();
        var client = new HttpClient(new CookieKeepingHandler(server.CreateHandler())) { BaseAddress = server.BaseAddress };
        return new AdminClient(client);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class NoWidgets : IWidgetModelFactory
    {
    }

    private sealed class CookieKeepingHandler : DelegatingHandler
    {
        private readonly CookieContainer _cookies = new();

        public CookieKeepingHandler(HttpMessageHandler inner) : base(inner)
        {
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = _cookies.GetCookieHeader(request.RequestUri!);
            if (!string.IsNullOrEmpty(header))
                request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
                foreach (var cookie in cookies)
                    _cookies.SetCookies(request.RequestUri!, cookie);
            return response;
        }
    }
}
