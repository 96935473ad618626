using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>
/// Checks the scenario form field by field; each message names the field and the allowed values. The trigger's
/// own settings are checked by the engine's trigger settings when they are applied.
/// </summary>
public class ScenarioModelValidator : BaseNopValidator<ScenarioModel>
{
    public const int MaxHoldoutPercent = 50;
    public const int MaxLatenessMinutes = 30 * 24 * 60;

    public ScenarioModelValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(400).WithMessage("Name may be at most 400 characters.");
        RuleFor(m => m.TriggerKindId).Must(Defined<TriggerKind>).WithMessage(m => $"TriggerKindId {m.TriggerKindId} is not a known trigger.");
        RuleFor(m => m.CategoryId).Must(Defined<ScenarioCategory>).WithMessage(m => $"CategoryId {m.CategoryId} is not a known category.");
        RuleFor(m => m.ReEntryPolicyId).Must(Defined<ReEntryPolicy>).WithMessage(m => $"ReEntryPolicyId {m.ReEntryPolicyId} is not a known re-entry policy.");
        RuleFor(m => m.LatenessPolicyId).Must(Defined<LatenessPolicy>).WithMessage(m => $"LatenessPolicyId {m.LatenessPolicyId} is not a known lateness policy.");
        RuleFor(m => m.ReEntryCooldownHours).InclusiveBetween(0, 10 * 365 * 24)
            .WithMessage(m => $"ReEntryCooldownHours must be between 0 and {10 * 365 * 24} hours; {m.ReEntryCooldownHours} was entered.");
        RuleFor(m => m.ReEntryCooldownHours).GreaterThan(0).When(m => m.ReEntryPolicyId == (int)ReEntryPolicy.AfterCooldown)
            .WithMessage("ReEntryCooldownHours must be above 0 when customers may re-enter after a cooldown.");
        RuleFor(m => m.HoldoutPercent).InclusiveBetween(0, MaxHoldoutPercent)
            .WithMessage(m => $"HoldoutPercent must be between 0 and {MaxHoldoutPercent} %; {m.HoldoutPercent} was entered.");
        RuleFor(m => m.MaxLatenessMinutes).InclusiveBetween(0, MaxLatenessMinutes)
            .WithMessage(m => $"MaxLatenessMinutes must be between 0 and {MaxLatenessMinutes} minutes (30 days); {m.MaxLatenessMinutes} was entered.");
        RuleFor(m => m.StoreId).GreaterThanOrEqualTo(0).WithMessage("StoreId must be a store or 0 for all stores.");
        RuleFor(m => m.EntrySegmentId).GreaterThanOrEqualTo(0).WithMessage("EntrySegmentId must be a segment or 0 for every customer.");
        RuleFor(m => m.ExitGoalIds).Must(ids => ids is null || ids.All(Defined<ExitGoal>))
            .WithMessage(m => $"ExitGoalIds: {string.Join(", ", m.ExitGoalIds.Where(id => !Defined<ExitGoal>(id)))} is not a known exit goal.");
    }

    private static bool Defined<TEnum>(int value) where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);
}
