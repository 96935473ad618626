using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>The form-level checks of the template editor; the texts themselves are checked by compiling them.</summary>
public class TemplateModelValidator : BaseNopValidator<TemplateModel>
{
    public const int MaxNameLength = 400;

    public TemplateModelValidator()
    {
        RuleFor(model => model.Name)
            .NotEmpty().WithMessage("Name: a template needs a name.")
            .MaximumLength(MaxNameLength).WithMessage($"Name: at most {MaxNameLength} characters.");
        RuleFor(model => model.LayoutId)
            .GreaterThanOrEqualTo(0).WithMessage("LayoutId: choose a layout from the list or none.");
    }
}
