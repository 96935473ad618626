using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>The statistics period: a preset of 1 to 731 days, or a from/to pair in order and at most 731 days long.</summary>
public class StatisticsFilterModelValidator : BaseNopValidator<StatisticsFilterModel>
{
    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Statistics.Validation.";

    public StatisticsFilterModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Days)
            .InclusiveBetween(1, StatisticsPeriod.MaxDays)
            .When(model => model.Days is not null)
            .WithMessageAwait(localizationService.GetResourceAsync(Texts + "Days.Range"));
        RuleFor(model => model.To)
            .Must((model, to, context) =>
            {
                context.MessageFormatter.AppendArgument("FromDay", StatisticsFormat.Day(model.From!.Value));
                context.MessageFormatter.AppendArgument("ToDay", StatisticsFormat.Day(to!.Value));
                return to.Value.Date >= model.From.Value.Date;
            })
            .When(model => model.From is not null && model.To is not null)
            .WithMessageAwait(localizationService.GetResourceAsync(Texts + "To.BeforeFrom"));
        RuleFor(model => model.To)
            .Must((model, to) => (to!.Value.Date - model.From!.Value.Date).TotalDays < StatisticsPeriod.MaxDays)
            .When(model => model.From is not null && model.To is not null && model.To >= model.From)
            .WithMessageAwait(localizationService.GetResourceAsync(Texts + "Period.TooLong"), StatisticsPeriod.MaxDays);
    }
}
