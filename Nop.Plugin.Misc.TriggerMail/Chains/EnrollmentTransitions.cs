using System.Reflection;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Moves an enrollment from the state a runner read to a new one, exactly once across every runner and server.
/// <para>
/// IRepository has no conditional update, so the condition is a unique key: a move from revision R inserts the
/// log row (EnrollmentId, R + 1) and only then updates the enrollment row. Two runners that read the same
/// revision both try to insert R + 1; the database lets one in and the other gets a unique-key violation and
/// stops. The log row carries the complete state after the move, so when a runner dies between the two writes
/// (or a slow runner's late update overwrites a newer one) the next runner that collides rolls the enrollment
/// forward from the latest log row. The log is the truth; the enrollment row is its cached head.
/// </para>
/// </summary>
public class EnrollmentTransitions
{
    private static readonly Func<object, object> MemberwiseCopy = typeof(object)
        .GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!
        .CreateDelegate<Func<object, object>>();

    private readonly IChainStore _store;
    private readonly TimeProvider _timeProvider;

    public EnrollmentTransitions(IChainStore store, TimeProvider timeProvider)
    {
        _store = store;
        _timeProvider = timeProvider;
    }

    /// <summary>The enrollment after the move, or null when another runner moved it first (nothing was changed).</summary>
    public async Task<Enrollment> TryMoveAsync(Enrollment current, EnrollmentMove move)
    {
        var (next, log) = Prepare(current, move, _timeProvider.GetUtcNow().UtcDateTime);
        if (!await _store.TryInsertLogAsync(log))
        {
            await RollForwardAsync(current.Id);
            return null;
        }

        await _store.UpdateEnrollmentAsync(next);
        return next;
    }

    /// <summary>
    /// Moves many enrollments with two writes when nobody else touched them; after a collision, one at a time
    /// so each is decided alone. The result is in the order of the moves, null where another runner won.
    /// </summary>
    public async Task<IReadOnlyList<Enrollment>> TryMoveManyAsync(IReadOnlyList<(Enrollment Current, EnrollmentMove Move)> moves)
    {
        if (moves.Count <= 1)
            return moves.Count == 0 ? [] : [await TryMoveAsync(moves[0].Current, moves[0].Move)];

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var prepared = moves.Select(m => Prepare(m.Current, m.Move, now)).ToList();
        if (await _store.TryInsertLogsAsync(prepared.Select(p => p.Log).ToList()))
        {
            await _store.UpdateEnrollmentsAsync(prepared.Select(p => p.Next).ToList());
            return prepared.Select(p => p.Next).ToList();
        }

        var moved = new List<Enrollment>(moves.Count);
        foreach (var (current, move) in moves)
            moved.Add(await TryMoveAsync(current, move));
        return moved;
    }

    private static (Enrollment Next, EnrollmentLog Log) Prepare(Enrollment current, EnrollmentMove move, DateTime now)
    {
        if (!EnrollmentMoves.IsAllowed(current.Status, move.To))
            throw new InvalidOperationException($"Enrollment {current.Id}: a move from {current.Status} to {move.To} is not allowed.");

        var next = Apply(Copy(current), move, current.Revision + 1, now);
        var log = new EnrollmentLog
        {
            EnrollmentId = current.Id,
            Revision = next.Revision,
            FromStatusId = current.StatusId,
            ToStatusId = next.StatusId,
            StepKey = next.CurrentStepKey,
            StepEnteredOnUtc = next.StepEnteredOnUtc,
            NextRunOnUtc = next.NextRunOnUtc,
            LockedUntilUtc = next.LockedUntilUtc,
            LockToken = next.LockToken,
            Attempt = next.Attempt,
            Note = Text.Truncate(move.EndReason ?? move.Note, TriggerMailDefaults.NoteLength),
            CreatedOnUtc = now
        };
        return (next, log);
    }

    /// <summary>Brings the enrollment row up to its latest log row when it lags behind.</summary>
    public async Task RollForwardAsync(int enrollmentId)
    {
        var latest = await _store.GetLatestLogAsync(enrollmentId);
        var enrollment = await _store.GetEnrollmentAsync(enrollmentId);
        if (latest is null || enrollment is null || latest.Revision <= enrollment.Revision)
            return;

        var status = (EnrollmentStatus)latest.ToStatusId;
        var move = new EnrollmentMove(To: status, StepKey: latest.StepKey, StepEnteredOnUtc: latest.StepEnteredOnUtc,
            NextRunOnUtc: latest.NextRunOnUtc, Attempt: latest.Attempt, Note: latest.Note, LockedUntilUtc: latest.LockedUntilUtc,
            LockToken: latest.LockToken, EndReason: EnrollmentMoves.IsFinal(status) ? latest.Note : null);
        await _store.UpdateEnrollmentAsync(Apply(enrollment, move, latest.Revision, latest.CreatedOnUtc));
    }

    private static Enrollment Apply(Enrollment enrollment, EnrollmentMove move, int revision, DateTime now)
    {
        enrollment.Status = move.To;
        enrollment.Revision = revision;
        enrollment.CurrentStepKey = move.StepKey;
        enrollment.StepEnteredOnUtc = move.StepEnteredOnUtc;
        enrollment.NextRunOnUtc = move.NextRunOnUtc;
        enrollment.LockedUntilUtc = move.LockedUntilUtc;
        enrollment.LockToken = move.LockToken;
        enrollment.Attempt = move.Attempt;
        if (EnrollmentMoves.IsFinal(move.To))
        {
            enrollment.EndedOnUtc ??= now;
            enrollment.EndReason = Text.Truncate(move.EndReason, TriggerMailDefaults.NoteLength);
        }

        return enrollment;
    }

    /// <summary>
    /// The move is prepared on a copy, so the caller's enrollment still shows the state it read when the move loses.
    /// A memberwise copy is a complete one (every property of an enrollment is a value or an immutable string) and
    /// takes a property added later along without anyone having to remember it.
    /// </summary>
    internal static Enrollment Copy(Enrollment enrollment) => (Enrollment)MemberwiseCopy(enrollment);
}
