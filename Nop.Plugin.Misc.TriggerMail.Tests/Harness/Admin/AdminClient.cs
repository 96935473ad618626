using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;

/// <summary>
/// An admin's browser without JavaScript: GETs pages, and POSTs forms and AJAX calls with the antiforgery token
/// taken from the last page it loaded, as the admin's pages do.
/// </summary>
public sealed partial class AdminClient : IDisposable
{
    private string _token;

    public AdminClient(HttpClient http)
    {
        Http = http;
    }

    public HttpClient Http { get; }

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {html}");
        var token = TokenPattern().Match(html);
        if (token.Success)
            _token = token.Groups[1].Value;
        return html;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, bool ajax = false)
    {
        var all = fields.ToList();
        if (_token is not null)
            all.Add(new("__RequestVerificationToken", _token));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(all) };
        if (ajax)
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (_token is not null)
            request.Headers.Add("RequestVerificationToken", _token);
        return await Http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
