using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Public.Models;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Public.Controllers;

/// <summary>
/// The public unsubscribe endpoints. Inherits plain <see cref="Controller"/> (like nopCommerce's
/// ScheduleTaskController) so no store filter creates a guest or needs a cookie; the signed token is the only
/// credential. One-click POST (RFC 8058) carries no antiforgery token by design: the token in the URL is what
/// proves the request comes from the email.
/// </summary>
public class TriggerMailUnsubscribeController : Controller
{
    public const string ViewPath = "~/Plugins/Misc.TriggerMail/Public/Views/Unsubscribe.cshtml";

    private readonly UnsubscribeService _unsubscribeService;
    private readonly ILocalizationService _localizationService;
    private readonly StoreSettings _storeSettings;

    public TriggerMailUnsubscribeController(UnsubscribeService unsubscribeService, ILocalizationService localizationService, StoreSettings storeSettings)
    {
        _unsubscribeService = unsubscribeService;
        _localizationService = localizationService;
        _storeSettings = storeSettings;
    }

    [HttpGet]
    public async Task<IActionResult> Index(string token)
    {
        var request = await _unsubscribeService.ReadAsync(token);
        var model = await ModelAsync(token, request, false);
        return request is null ? NotFoundView(model) : View(ViewPath, model);
    }

    [HttpPost]
    [ActionName(nameof(Index))]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> IndexPost(string token)
    {
        var form = Request.HasFormContentType ? await Request.ReadFormAsync() : null;
        var oneClick = string.Equals(form?["List-Unsubscribe"], "One-Click", StringComparison.OrdinalIgnoreCase);
        var scope = oneClick || string.Equals(form?["scope"], "all", StringComparison.OrdinalIgnoreCase)
            ? UnsubscribeScope.AllMarketing
            : UnsubscribeScope.Scenario;

        if (!await _unsubscribeService.UnsubscribeAsync(token, scope))
            return oneClick ? BadRequest() : NotFoundView(await ModelAsync(token, null, false));

        return oneClick ? Ok() : View(ViewPath, await ModelAsync(token, await _unsubscribeService.ReadAsync(token), true));
    }

    private IActionResult NotFoundView(UnsubscribeModel model)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(ViewPath, model);
    }

    /// <param name="request">The message the token points at (null: not valid); its store's page text is shown when done.</param>
    private async Task<UnsubscribeModel> ModelAsync(string token, UnsubscribeRequest request, bool done)
    {
        var valid = request is not null;
        var prefix = TriggerMailDefaults.LocalePrefix + ".Unsubscribe.";
        return new UnsubscribeModel
        {
            Token = token,
            IsValid = valid,
            IsDone = done,
            Title = await _localizationService.GetResourceAsync(prefix + "Title"),
            Text = !valid ? await _localizationService.GetResourceAsync(prefix + "InvalidLink")
                : done ? (await _storeSettings.ForStoreAsync(request.StoreId)).UnsubscribePageText
                : await _localizationService.GetResourceAsync(prefix + "Choose"),
            ScenarioOption = await _localizationService.GetResourceAsync(prefix + "ThisScenario"),
            AllMarketingOption = await _localizationService.GetResourceAsync(prefix + "AllMarketing"),
            Button = await _localizationService.GetResourceAsync(prefix + "Confirm")
        };
    }
}
