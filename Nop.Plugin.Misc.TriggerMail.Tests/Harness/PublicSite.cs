using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// The plugin's public endpoints on an in-memory web server: its controllers and its route provider, with each
/// request's services resolved from a harness scope (as nopCommerce resolves them from the request scope).
/// </summary>
public sealed class PublicSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PublicSite(WebApplication app)
    {
        _app = app;
    }

    /// <param name="listenUrl">Serve on Kestrel at this address (e.g. http://127.0.0.1:0) instead of in memory.</param>
    public static async Task<PublicSite> StartAsync(StoreHarness store, Action<WebApplicationBuilder> configure = null, string listenUrl = null)
    {
        var builder = WebApplication.CreateBuilder();
        if (listenUrl is null)
            builder.WebHost.UseTestServer();
        else
            builder.WebHost.UseUrls(listenUrl);
        builder.Logging.ClearProviders();
        builder.Services.AddControllers().AddApplicationPart(StoreHarness.PluginAssembly);
        builder.Services.AddScoped(_ => store.CreateScope());
        foreach (var service in StoreHarness.RequestServiceTypes)
            builder.Services.AddScoped(service, sp => sp.GetRequiredService<IServiceScope>().ServiceProvider.GetRequiredService(service));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseRouting();
        foreach (var provider in StoreHarness.PluginAssembly.GetTypes()
                     .Where(t => typeof(IRouteProvider).IsAssignableFrom(t) && !t.IsAbstract)
                     .Select(t => (IRouteProvider)Activator.CreateInstance(t))
                     .OrderByDescending(p => p.Priority))
            provider.RegisterRoutes(app);

        await app.StartAsync();
        return new PublicSite(app);
    }

    public HttpClient CreateClient() => _app.GetTestClient();

    /// <summary>Where Kestrel listens, when the site was started with a listen URL.</summary>
    public string Address => _app.Urls.First();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
