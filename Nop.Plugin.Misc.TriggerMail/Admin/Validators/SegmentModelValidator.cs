using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>
/// Checks the segment form. The rules are checked by the rule model's own validator; each of its errors names the
/// rule by path and the field, and is keyed to RulesJson (the builder also places it beside the condition).
/// </summary>
public class SegmentModelValidator : BaseNopValidator<SegmentModel>
{
    public SegmentModelValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Name: a segment needs a name.")
            .MaximumLength(400).WithMessage("Name: at most 400 characters.");
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Description: at most 4000 characters.");
        RuleFor(m => m.RulesJson).Custom((rulesJson, context) =>
        {
            foreach (var error in SegmentRuleValidator.Validate(rulesJson))
                context.AddFailure(nameof(SegmentModel.RulesJson), error.ToString());
        });
    }
}
