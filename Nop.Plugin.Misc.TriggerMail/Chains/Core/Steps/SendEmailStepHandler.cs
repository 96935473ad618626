using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Hands one email to delivery, at most once per (enrollment, step): a step whose message row exists is done.
/// Before deciding to send it applies lateness, live checks, local send timing and the frequency cap; any of
/// them may defer (WaitUntil), skip (Next without email) or end the chain (Exit).
/// </summary>
public sealed class SendEmailStepHandler : IStepHandler
{
    public StepKind Kind => StepKind.SendEmail;

    public async Task<StepResult> HandleAsync(StepDefinition step, StepContext context)
    {
        var settings = step.SettingsAs<SendEmailSettings>();
        if (await context.Facts.MessageExistsAsync(context.EnrollmentId, step.Key))
            return StepResult.Next(note: "already handed to delivery");

        if (IsTooLate(context))
            return StepResult.Next(note: $"skipped: more than {context.Scenario.MaxLatenessMinutes} min late");

        if (await FailedLiveCheckAsync(settings, context) is { } failed)
            return StepResult.Exit(failed);

        if (string.IsNullOrWhiteSpace(context.Customer.Email))
            return StepResult.Exit("the customer has no email address");

        var marketing = !context.Scenario.IsTransactional;
        var allowed = SendTiming.NextAllowedUtc(context.NowUtc, context.TimeZone, context.Rules, marketing, settings.Window);
        if (allowed > context.NowUtc)
            return StepResult.WaitUntil(allowed, "outside quiet hours or send window");

        if (marketing)
        {
            var last = await context.Facts.LastMarketingMessageOnUtcAsync(context.CustomerId, context.EnrollmentId);
            var capped = FrequencyCap.NextAllowedUtc(context.NowUtc, last, context.Rules?.FrequencyCapHours ?? 0, context.Scenario.Priority);
            if (capped > context.NowUtc)
                return StepResult.WaitUntil(capped, "frequency cap");
        }

        return Choose(settings, step, context) is { } email
            ? StepResult.Next(email: email)
            : StepResult.Fail($"Step '{step.Key}' has no template.", retryable: false);
    }

    private static bool IsTooLate(StepContext context)
    {
        return context.Scenario.LatenessPolicy == LatenessPolicy.SkipStep
            && context.Scenario.MaxLatenessMinutes > 0
            && context.NowUtc - context.DueOnUtc > TimeSpan.FromMinutes(context.Scenario.MaxLatenessMinutes);
    }

    private static async Task<string> FailedLiveCheckAsync(SendEmailSettings settings, StepContext context)
    {
        foreach (var check in settings.LiveChecks ?? [])
        {
            if (check == LiveCheck.CartNotEmpty && !await context.Facts.CartHasItemsAsync(context.CustomerId, context.StoreId))
                return "the cart is empty";
            if (check == LiveCheck.NoOrderSinceEnrollment
                && await context.Facts.HasOrderedSinceAsync(context.CustomerId, context.StoreId, context.EnrolledOnUtc, context.TriggerOrderId))
                return "an order was placed";
        }

        return null;
    }

    private static EmailToSend Choose(SendEmailSettings settings, StepDefinition step, StepContext context)
    {
        if ((settings.PromotedVariant ?? VariantPicker.Pick(settings.Variants, context.EnrollmentId, step.Key)) is { } variant && variant.TemplateId > 0)
            return new EmailToSend(variant.TemplateId, variant.Key);

        return settings.TemplateId > 0 ? new EmailToSend(settings.TemplateId, VariantKey: null) : null;
    }
}
