using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>The form-level checks of the template editor; the texts themselves are checked by compiling them.</summary>
public class TemplateModelValidator : BaseNopValidator<TemplateModel>
{
    public const int MaxNameLength = 400;

    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Templates.Validation.";

    public TemplateModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Name)
            .NotEmpty().WithMessageAwait(localizationService.GetResourceAsync(Texts + "Name.Required"))
            .MaximumLength(MaxNameLength).WithMessageAwait(localizationService.GetResourceAsync(Texts + "Name.TooLong"));
        RuleFor(model => model.LayoutId)
            .GreaterThanOrEqualTo(0).WithMessageAwait(localizationService.GetResourceAsync(Texts + "LayoutId.Negative"));
    }
}
