using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>The statistics period: a preset of 1 to 731 days, or a from/to pair in order and at most 731 days long.</summary>
public class StatisticsFilterModelValidator : BaseNopValidator<StatisticsFilterModel>
{
    public StatisticsFilterModelValidator()
    {
        RuleFor(model => model.Days)
            .InclusiveBetween(1, StatisticsPeriod.MaxDays)
            .When(model => model.Days is not null)
            .WithMessage(model => $"Days must be between 1 and {StatisticsPeriod.MaxDays}; {model.Days} was entered.");
        RuleFor(model => model.To)
            .Must((model, to) => to!.Value.Date >= model.From!.Value.Date)
            .When(model => model.From is not null && model.To is not null)
            .WithMessage(model => $"To ({model.To:yyyy-MM-dd}) must not be before From ({model.From:yyyy-MM-dd}).");
        RuleFor(model => model.To)
            .Must((model, to) => (to!.Value.Date - model.From!.Value.Date).TotalDays < StatisticsPeriod.MaxDays)
            .When(model => model.From is not null && model.To is not null && model.To >= model.From)
            .WithMessage($"The period from From to To may be at most {StatisticsPeriod.MaxDays} days long.");
    }
}
