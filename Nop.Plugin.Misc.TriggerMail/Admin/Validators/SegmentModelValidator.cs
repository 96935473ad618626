using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>
/// Checks the segment form. The rules are checked by the rule model's own validator; each of its errors names the
/// rule by path and the field, and is keyed to RulesJson (the builder also places it beside the condition).
/// </summary>
public class SegmentModelValidator : BaseNopValidator<SegmentModel>
{
    public const int MaxNameLength = 400;
    public const int MaxDescriptionLength = 4000;

    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Segments.Validation.";

    public SegmentModelValidator(ILocalizationService localizationService)
    {
        RuleFor(m => m.Name).NotEmpty().WithMessageAwait(localizationService.GetResourceAsync(Texts + "Name.Required"))
            .MaximumLength(MaxNameLength).WithMessageAwait(localizationService.GetResourceAsync(Texts + "Name.TooLong"));
        RuleFor(m => m.Description).MaximumLength(MaxDescriptionLength).WithMessageAwait(localizationService.GetResourceAsync(Texts + "Description.TooLong"));
        RuleFor(m => m.RulesJson).Custom((rulesJson, context) =>
        {
            foreach (var error in SegmentRuleValidator.Validate(rulesJson))
                context.AddFailure(nameof(SegmentModel.RulesJson), error.ToString());
        });
    }
}
