using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>The create form: a known preset (0 for a blank scenario) and a store or 0 for all stores.</summary>
public class ScenarioCreateModelValidator : BaseNopValidator<ScenarioCreateModel>
{
    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Scenarios.Validation.";

    public ScenarioCreateModelValidator(ILocalizationService localizationService)
    {
        RuleFor(m => m.PresetId).Must(id => id == 0 || Enum.IsDefined((ScenarioPreset)id))
            .WithMessageAwait(localizationService.GetResourceAsync(Texts + "PresetId.Unknown"));
        RuleFor(m => m.StoreId).GreaterThanOrEqualTo(0)
            .WithMessageAwait(localizationService.GetResourceAsync(Texts + "StoreId.Negative"));
    }
}
