using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

public class AddSuppressionModelValidator : BaseNopValidator<AddSuppressionModel>
{
    public const int MaxNoteLength = 1000;

    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Suppressions.Validation.";

    public AddSuppressionModelValidator(ILocalizationService localizationService)
    {
        Task<string> Text(string key) => localizationService.GetResourceAsync(Texts + key);

        RuleFor(m => m.Email)
            .NotEmpty().WithMessageAwait(Text("Email.Required"))
            .MaximumLength(TriggerMailDefaults.EmailLength).WithMessageAwait(Text("Email.TooLong"))
            .EmailAddress().WithMessageAwait(Text("Email.Invalid"));

        RuleFor(m => m.ReasonId)
            .Must(id => Enum.IsDefined(typeof(SuppressionReason), id))
            .WithMessageAwait(Text("ReasonId.Unknown"));

        RuleFor(m => m.Note)
            .MaximumLength(MaxNoteLength)
            .WithMessageAwait(Text("Note.TooLong"));
    }
}
