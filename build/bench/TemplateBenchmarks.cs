using System.Diagnostics;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace TriggerMail.Benchmarks;

/// <summary>
/// Rendering a 5-item abandoned-cart email (layout, hidden preheader, items with pictures, links and prices,
/// recommendations, unsubscribe footer) from a template compiled once, as delivery does.
/// </summary>
public sealed class TemplateBenchmarks : IBenchmarkSuite
{
    private const string Layout =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{{Store.Name}}</title></head><body style=\"margin:0;background:#f4f4f4\">"
        + "<table width=\"100%\"><tr><td><a href=\"{{Store.Url}}\"><img src=\"{{Store.LogoUrl}}\" alt=\"{{Store.Name}}\"></a></td></tr>"
        + "<tr><td>{{{Body}}}</td></tr><tr><td style=\"font-size:12px;color:#888\">{{Store.CompanyName}}, {{Store.Address}}<br>"
        + "{{#if Links.Unsubscribe}}<a href=\"{{Links.Unsubscribe}}\">Unsubscribe</a>{{/if}}</td></tr></table></body></html>";

    private const string Body =
        "<h1>Hi {{Customer.Greeting}}, you left something behind</h1><p>Your cart holds {{Cart.ItemCount}} items.</p><table>"
        + "{{#each Cart.Items}}<tr><td><a href=\"{{ProductUrl}}\"><img src=\"{{PictureUrl}}\" alt=\"{{Name}}\" width=\"120\"></a></td>"
        + "<td><a href=\"{{ProductUrl}}\">{{Name}}</a><br>SKU {{Sku}}</td><td>{{Quantity}} x {{UnitPrice}}</td><td>{{Total}}</td></tr>{{/each}}"
        + "</table><p>Subtotal: <strong>{{Cart.Subtotal}}</strong></p><p><a href=\"{{Cart.Url}}\" class=\"button\">Return to your cart</a></p>"
        + "{{#if Recommended}}<h2>You may also like</h2>{{#each Recommended}}<a href=\"{{Url}}\"><img src=\"{{PictureUrl}}\">{{Name}} {{Price}}</a>{{/each}}{{/if}}";

    public string Name => "templates";

    public Task RunAsync(Figures figures)
    {
        var engine = new TemplateEngine();
        var source = new TemplateSource("{{Customer.Greeting}}, your cart is waiting", "Your {{Cart.ItemCount}} items are still here", Body, Layout);
        var model = SampleEmailModel.Create("https://shop.example.com/", cartItems: 5);

        var compileWatch = Stopwatch.StartNew();
        var compiled = engine.Compile(source);
        compileWatch.Stop();

        for (var i = 0; i < 20_000; i++)
            compiled.Render(model);

        // Delivery reloads the template from the database for every message: an equal text, not the same instance,
        // so each render pays the cache lookup by value (hash and compare of the texts) too.
        var reloaded = new TemplateSource(new string(source.Subject), new string(source.Preheader), new string(source.BodyHtml), new string(source.LayoutHtml));
        const int renders = 200_000;
        var watch = Stopwatch.StartNew();
        long characters = 0;
        for (var i = 0; i < renders; i++)
            characters += engine.Compile(reloaded).Render(model).HtmlBody.Length;
        watch.Stop();

        figures.Report("cart_renders_per_s", renders / watch.Elapsed.TotalSeconds, "/s");
        figures.Report("cart_render_us", watch.Elapsed.TotalMicroseconds / renders, "us");
        figures.Report("cart_email_bytes", characters / (double)renders, "chars");
        figures.Report("compile_ms", compileWatch.Elapsed.TotalMilliseconds, "ms");
        figures.Report("peak_memory", Figures.PeakMemoryMb(), "MB");
        return Task.CompletedTask;
    }
}
