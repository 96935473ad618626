using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping;

/// <summary>
/// Every index of the plugin's schema. The unique ones carry invariants: one inbox row per dedupe key,
/// one message per (enrollment, step), one step key per scenario version, one rollup row per key.
/// </summary>
public static class TriggerMailIndexes
{
    public static TableIndex InboxDedupeKey { get; } = new("UX_TriggerMail_Inbox_DedupeKey", typeof(TriggerInboxItem), true,
        nameof(TriggerInboxItem.DedupeKey));

    public static TableIndex MessagePerEnrollmentStep { get; } = new("UX_TriggerMail_Message_EnrollmentStep", typeof(Message), true,
        nameof(Message.EnrollmentId), nameof(Message.StepKey));

    /// <summary>The delivery claim: one row per (message, attempt number), whichever server inserts it first.</summary>
    public static TableIndex DeliveryAttemptClaim { get; } = new("UX_TriggerMail_DeliveryAttempt_MessageAttempt", typeof(DeliveryAttempt), true,
        nameof(DeliveryAttempt.MessageId), nameof(DeliveryAttempt.AttemptNumber));

    public static TableIndex EnrollmentLogRevision { get; } = new("UX_TriggerMail_EnrollmentLog_Revision", typeof(EnrollmentLog), true,
        nameof(EnrollmentLog.EnrollmentId), nameof(EnrollmentLog.Revision));

    /// <summary>The condition of a scenario's or message's status move: one move per (subject, revision).</summary>
    public static TableIndex StatusMoveRevision { get; } = new("UX_TriggerMail_StatusMove_Revision", typeof(StatusMove), true,
        nameof(StatusMove.SubjectTypeId), nameof(StatusMove.SubjectId), nameof(StatusMove.Revision));

    /// <summary>A login is carried forward into one merge row, whichever scan does it first.</summary>
    public static TableIndex GuestCartMergeLogin { get; } = new("UX_TriggerMail_GuestCartMerge_Login", typeof(GuestCartMerge), true,
        nameof(GuestCartMerge.LoginInboxItemId));

    public static TableIndex GuestCartMergeCustomer { get; } = new("IX_TriggerMail_GuestCartMerge_Customer", typeof(GuestCartMerge), false,
        nameof(GuestCartMerge.CustomerId));

    public static TableIndex EnrollmentEntry { get; } = new("UX_TriggerMail_Enrollment_Entry", typeof(Enrollment), true,
        nameof(Enrollment.ScenarioId), nameof(Enrollment.CustomerId), nameof(Enrollment.EntryNumber));

    public static IReadOnlyList<TableIndex> All { get; } =
    [
        InboxDedupeKey,
        new("IX_TriggerMail_Inbox_Status", typeof(TriggerInboxItem), false,
            nameof(TriggerInboxItem.StatusId), nameof(TriggerInboxItem.Id)),
        new("IX_TriggerMail_Inbox_Customer", typeof(TriggerInboxItem), false,
            nameof(TriggerInboxItem.CustomerId)),
        new("UX_TriggerMail_Step_ScenarioVersionKey", typeof(ScenarioStep), true,
            nameof(ScenarioStep.ScenarioId), nameof(ScenarioStep.ScenarioVersion), nameof(ScenarioStep.StepKey)),
        new("IX_TriggerMail_Enrollment_StatusNextRun", typeof(Enrollment), false,
            nameof(Enrollment.StatusId), nameof(Enrollment.NextRunOnUtc)),
        new("IX_TriggerMail_Enrollment_ScenarioCustomer", typeof(Enrollment), false,
            nameof(Enrollment.ScenarioId), nameof(Enrollment.CustomerId)),
        new("IX_TriggerMail_Enrollment_Customer", typeof(Enrollment), false,
            nameof(Enrollment.CustomerId)),
        new("IX_TriggerMail_EnrollmentLog_Enrollment", typeof(EnrollmentLog), false,
            nameof(EnrollmentLog.EnrollmentId)),
        MessagePerEnrollmentStep,
        StatusMoveRevision,
        GuestCartMergeLogin,
        GuestCartMergeCustomer,
        new("UX_TriggerMail_Message_Guid", typeof(Message), true,
            nameof(Message.MessageGuid)),
        new("IX_TriggerMail_Message_StatusNextAttempt", typeof(Message), false,
            nameof(Message.StatusId), nameof(Message.NextAttemptOnUtc)),
        new("IX_TriggerMail_Message_CustomerSent", typeof(Message), false,
            nameof(Message.CustomerId), nameof(Message.SentOnUtc)),
        new("IX_TriggerMail_Tracking_OccurredOn", typeof(TrackingEvent), false,
            nameof(TrackingEvent.OccurredOnUtc)),
        new("UX_TriggerMail_Suppression_EmailScenario", typeof(Suppression), true,
            nameof(Suppression.Email), nameof(Suppression.ScenarioId)),
        new("IX_TriggerMail_Suppression_Customer", typeof(Suppression), false,
            nameof(Suppression.CustomerId)),
        new("UX_TriggerMail_DailyStat_Key", typeof(DailyStat), true,
            nameof(DailyStat.Day), nameof(DailyStat.ScenarioId), nameof(DailyStat.StepKey), nameof(DailyStat.VariantKey)),
        new("UX_TriggerMail_ScanCursor_Key", typeof(ScanCursor), true,
            nameof(ScanCursor.CursorKey)),
        new("IX_TriggerMail_Inbox_KindCustomer", typeof(TriggerInboxItem), false,
            nameof(TriggerInboxItem.TriggerKindId), nameof(TriggerInboxItem.CustomerId)),
        new("UX_TriggerMail_MessageLink_MessageIndex", typeof(MessageLink), true,
            nameof(MessageLink.MessageId), nameof(MessageLink.LinkIndex)),
        new("IX_TriggerMail_Tracking_MessageTypeTime", typeof(TrackingEvent), false,
            nameof(TrackingEvent.MessageId), nameof(TrackingEvent.EventTypeId), nameof(TrackingEvent.OccurredOnUtc)),
        new("UX_TriggerMail_Conversion_OrderScenario", typeof(Conversion), true,
            nameof(Conversion.OrderId), nameof(Conversion.ScenarioId)),
        new("IX_TriggerMail_Conversion_OrderedOn", typeof(Conversion), false,
            nameof(Conversion.OrderedOnUtc)),
        new("IX_TriggerMail_Message_SentOn", typeof(Message), false,
            nameof(Message.SentOnUtc)),
        new("IX_TriggerMail_Message_CreatedOn", typeof(Message), false,
            nameof(Message.CreatedOnUtc)),
        new("IX_TriggerMail_Enrollment_EnrolledOn", typeof(Enrollment), false,
            nameof(Enrollment.EnrolledOnUtc)),
        new("UX_TriggerMail_CustomerRfmScore_CustomerStore", typeof(CustomerRfmScore), true,
            nameof(CustomerRfmScore.CustomerId), nameof(CustomerRfmScore.StoreId)),
        DeliveryAttemptClaim,
        new("IX_TriggerMail_DeliveryAttempt_AccountStarted", typeof(DeliveryAttempt), false,
            nameof(DeliveryAttempt.EmailAccountId), nameof(DeliveryAttempt.StartedOnUtc)),
        EnrollmentLogRevision,
        EnrollmentEntry,
        new("IX_TriggerMail_Enrollment_StatusLockedUntil", typeof(Enrollment), false,
            nameof(Enrollment.StatusId), nameof(Enrollment.LockedUntilUtc))
    ];
}
