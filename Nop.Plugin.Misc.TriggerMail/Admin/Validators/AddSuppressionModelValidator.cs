using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

public class AddSuppressionModelValidator : BaseNopValidator<AddSuppressionModel>
{
    public const int MaxNoteLength = 1000;

    public AddSuppressionModelValidator()
    {
        RuleFor(m => m.Email)
            .NotEmpty()
            .WithMessage($"{nameof(AddSuppressionModel.Email)} is required.")
            .MaximumLength(TriggerMailDefaults.EmailLength)
            .WithMessage($"{nameof(AddSuppressionModel.Email)} may be at most {TriggerMailDefaults.EmailLength} characters.")
            .EmailAddress()
            .WithMessage(m => $"{nameof(AddSuppressionModel.Email)} \"{m.Email}\" is not an email address.");

        RuleFor(m => m.ReasonId)
            .Must(id => Enum.IsDefined(typeof(SuppressionReason), id))
            .WithMessage(m => $"{nameof(AddSuppressionModel.ReasonId)} {m.ReasonId} is not a suppression reason.");

        RuleFor(m => m.Note)
            .MaximumLength(MaxNoteLength)
            .WithMessage($"{nameof(AddSuppressionModel.Note)} may be at most {MaxNoteLength} characters.");
    }
}
