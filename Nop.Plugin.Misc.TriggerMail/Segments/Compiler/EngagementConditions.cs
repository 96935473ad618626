using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using static Nop.Plugin.Misc.TriggerMail.Segments.Compiler.Comparisons;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// Conditions on this plugin's own mail: received (sent), opened or clicked by a person (machine opens and
/// clicks, e.g. mailbox link scanners, do not count), unsubscribed (by customer id or email; with a scenario,
/// an unsubscribe from all marketing counts too), enrolled in a scenario now (active, waiting or running).
/// </summary>
public static class EngagementConditions
{
    private static readonly int[] LiveEnrollment =
        [(int)EnrollmentStatus.Active, (int)EnrollmentStatus.Waiting, (int)EnrollmentStatus.Running];

    public static Expression<Func<Customer, bool>> Compile(SegmentRule rule, SegmentScope scope)
    {
        var sources = scope.Sources;
        switch (rule.Field)
        {
            case "engagement.received":
            {
                var sent = Messages(rule, scope).Where(m => m.StatusId == (int)MessageStatus.Sent);
                if (rule.InLastDays is { } days)
                {
                    var since = scope.DaysAgo(days);
                    sent = sent.Where(m => m.SentOnUtc >= since);
                }

                return Flag(c => sent.Any(m => m.CustomerId == c.Id), rule);
            }
            case "engagement.opened":
                return Flag(Tracked(rule, scope, TrackingEventType.Open), rule);
            case "engagement.clicked":
                return Flag(Tracked(rule, scope, TrackingEventType.Click), rule);
            case "engagement.unsubscribed":
            {
                var unsubscribes = sources.Suppressions.Where(s => s.ReasonId == (int)SuppressionReason.Unsubscribed);
                if (rule.ScenarioId is { } scenarioId)
                    unsubscribes = unsubscribes.Where(s => s.ScenarioId == scenarioId || s.ScenarioId == 0);
                if (rule.InLastDays is { } days)
                {
                    var since = scope.DaysAgo(days);
                    unsubscribes = unsubscribes.Where(s => s.CreatedOnUtc >= since);
                }

                return Flag(c => unsubscribes.Any(s => s.CustomerId == c.Id || (c.Email != null && s.Email == c.Email)), rule);
            }
            case "engagement.inScenario":
            {
                var enrollments = sources.Enrollments.Where(e => LiveEnrollment.Contains(e.StatusId));
                if (rule.ScenarioId is { } scenarioId)
                    enrollments = enrollments.Where(e => e.ScenarioId == scenarioId);
                return Flag(c => enrollments.Any(e => e.CustomerId == c.Id), rule);
            }
            default:
                throw Unsupported(rule);
        }
    }

    private static IQueryable<Message> Messages(SegmentRule rule, SegmentScope scope)
    {
        var messages = scope.Sources.Messages;
        if (rule.ScenarioId is { } scenarioId)
            messages = messages.Where(m => m.ScenarioId == scenarioId);
        return messages;
    }

    private static Expression<Func<Customer, bool>> Tracked(SegmentRule rule, SegmentScope scope, TrackingEventType type)
    {
        var typeId = (int)type;
        var events = scope.Sources.TrackingEvents.Where(t => t.EventTypeId == typeId && !t.IsMachine);
        if (rule.InLastDays is { } days)
        {
            var since = scope.DaysAgo(days);
            events = events.Where(t => t.OccurredOnUtc >= since);
        }

        var messages = Messages(rule, scope);
        return c => messages.Any(m => m.CustomerId == c.Id && events.Any(t => t.MessageId == m.Id));
    }
}
