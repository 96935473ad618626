using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>
/// Checks the scenario form field by field; each message (a locale resource) names the field and the allowed values.
/// The trigger's own settings are checked by the engine's trigger settings when they are saved.
/// </summary>
public class ScenarioModelValidator : BaseNopValidator<ScenarioModel>
{
    public const int MaxNameLength = 400;
    public const int MaxHoldoutPercent = 50;
    public const int MaxLatenessMinutes = 30 * 24 * 60;
    public const int MaxReEntryCooldownHours = 10 * 365 * 24;

    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Scenarios.Validation.";

    public ScenarioModelValidator(ILocalizationService localizationService)
    {
        Task<string> Text(string key) => localizationService.GetResourceAsync(Texts + key);

        RuleFor(m => m.Name).NotEmpty().WithMessageAwait(Text("Name.Required"))
            .MaximumLength(MaxNameLength).WithMessageAwait(Text("Name.TooLong"));
        RuleFor(m => m.TriggerKindId).Must(Defined<TriggerKind>).WithMessageAwait(Text("TriggerKindId.Unknown"));
        RuleFor(m => m.CategoryId).Must(Defined<ScenarioCategory>).WithMessageAwait(Text("CategoryId.Unknown"));
        RuleFor(m => m.ReEntryPolicyId).Must(Defined<ReEntryPolicy>).WithMessageAwait(Text("ReEntryPolicyId.Unknown"));
        RuleFor(m => m.LatenessPolicyId).Must(Defined<LatenessPolicy>).WithMessageAwait(Text("LatenessPolicyId.Unknown"));
        RuleFor(m => m.ReEntryCooldownHours).InclusiveBetween(0, MaxReEntryCooldownHours).WithMessageAwait(Text("ReEntryCooldownHours.Range"));
        RuleFor(m => m.ReEntryCooldownHours).GreaterThan(0).When(m => m.ReEntryPolicyId == (int)ReEntryPolicy.AfterCooldown)
            .WithMessageAwait(Text("ReEntryCooldownHours.Cooldown"));
        RuleFor(m => m.HoldoutPercent).InclusiveBetween(0, MaxHoldoutPercent).WithMessageAwait(Text("HoldoutPercent.Range"));
        RuleFor(m => m.MaxLatenessMinutes).InclusiveBetween(0, MaxLatenessMinutes).WithMessageAwait(Text("MaxLatenessMinutes.Range"));
        RuleFor(m => m.StoreId).GreaterThanOrEqualTo(0).WithMessageAwait(Text("StoreId.Negative"));
        RuleFor(m => m.EntrySegmentId).GreaterThanOrEqualTo(0).WithMessageAwait(Text("EntrySegmentId.Negative"));
        RuleFor(m => m.ExitGoalIds)
            .Must((_, ids, context) =>
            {
                var unknown = (ids ?? []).Where(id => !Defined<ExitGoal>(id)).ToList();
                context.MessageFormatter.AppendArgument("Unknown", string.Join(", ", unknown));
                return unknown.Count == 0;
            })
            .WithMessageAwait(Text("ExitGoalIds.Unknown"));
    }

    private static bool Defined<TEnum>(int value) where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);
}
