using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Admin.Validators;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// The plugin's settings page (Promotions → Trigger mail → Settings, and the plugin's Configure button).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailController : BasePluginController
{
    public const string ConfigureView = "~/Plugins/Misc.TriggerMail/Admin/Views/Configure.cshtml";

    private readonly ConfigurationModelFactory _configurationModelFactory;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;

    public TriggerMailController(ConfigurationModelFactory configurationModelFactory,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService)
    {
        _configurationModelFactory = configurationModelFactory;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Configure()
    {
        var settings = await _settingService.LoadSettingAsync<TriggerMailSettings>();
        return View(ConfigureView, await _configurationModelFactory.PrepareAsync(settings));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        foreach (var (field, error) in ConfigurationModelValidator.Validate(model))
            ModelState.AddModelError(field, error);

        var settings = await _settingService.LoadSettingAsync<TriggerMailSettings>();
        if (!ModelState.IsValid)
            return View(ConfigureView, await _configurationModelFactory.PrepareAsync(settings, model));

        _configurationModelFactory.Apply(model, settings);
        await _settingService.SaveSettingAsync(settings);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Configuration.Saved"));

        return RedirectToAction(nameof(Configure));
    }
}
