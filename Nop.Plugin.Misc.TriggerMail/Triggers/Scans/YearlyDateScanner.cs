using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// A yearly date trigger (birthday, anniversaries): walks each time-zone group's customers whose date may fall on
/// their local today, keeps those whose local date really does, and writes one trigger per customer and year.
/// Subclasses say which rows are candidates and which date they carry.
/// </summary>
public abstract class YearlyDateScanner : ITimeTriggerScanner
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly DateScanner _dateScanner;
    private readonly TriggerInbox _triggerInbox;

    protected YearlyDateScanner(ActiveScenarios activeScenarios, DateScanner dateScanner, TriggerInbox triggerInbox)
    {
        _activeScenarios = activeScenarios;
        _dateScanner = dateScanner;
        _triggerInbox = triggerInbox;
    }

    protected abstract TriggerKind Kind { get; }

    protected abstract string CursorPrefix { get; }

    /// <summary>The stored (UTC or calendar) days whose month and day can mean <paramref name="localToday"/>.</summary>
    protected virtual IReadOnlyList<MonthDay> CandidateDays(DateOnly localToday) => DateTriggerRule.UtcDaysAround(localToday);

    /// <summary>Up to <paramref name="take"/> candidates of the group after <paramref name="afterId"/>, by id, whose date has one of the months and days.</summary>
    protected abstract Task<IReadOnlyList<YearlyDateCandidate>> ReadCandidatesAsync(ZoneGroup group, int[] months, int[] days, int afterId, int take);

    /// <summary>The candidate's date as the customer sees it.</summary>
    protected virtual DateOnly LocalDateOf(YearlyDateCandidate candidate, ZoneGroup group) => LocalCalendar.DateOf(candidate.Date, group.Zone);

    protected abstract string KeyFor(int customerId, int year);

    public async Task ScanAsync(RunBudget budget)
    {
        if ((await _activeScenarios.OfKindAsync(Kind)).Count == 0)
            return;

        await _dateScanner.WalkAsync(CursorPrefix, budget, _ => true, async (group, localToday, afterId, take) =>
        {
            var days = CandidateDays(localToday);
            var rows = await ReadCandidatesAsync(group,
                days.Select(d => d.Month).Distinct().ToArray(), days.Select(d => d.Day).Distinct().ToArray(), afterId, take);

            foreach (var row in rows)
            {
                var date = LocalDateOf(row, group);
                if (!DateTriggerRule.IsAnniversary(date, localToday))
                    continue;

                await _triggerInbox.WriteAsync(new TriggerRecord(
                    Kind, row.CustomerId, row.StoreId,
                    LocalCalendar.StartOfDayUtc(localToday, group.Zone), row.Id,
                    KeyFor(row.CustomerId, localToday.Year),
                    TriggerPayloadJson.Serialize(new DatePayload(localToday, group.Zone.Id, localToday.Year - date.Year, date))));
            }

            return (rows.Count > 0 ? rows[^1].Id : afterId, rows.Count);
        });
    }
}

/// <param name="Id">The row the cursor walks by (the customer, or the order for order dates); also the trigger's entity.</param>
public sealed record YearlyDateCandidate(int Id, int CustomerId, int StoreId, DateTime Date);
