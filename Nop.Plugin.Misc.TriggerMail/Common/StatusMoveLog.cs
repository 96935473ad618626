using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Common;

/// <summary>
/// Makes a status move a conditional update with nothing but <see cref="IRepository{TEntity}"/>: the move from the
/// state a caller read is the insert of the subject's next revision into <see cref="StatusMove"/>, whose key is unique.
/// A caller whose state is not the latest one, or who lost the race for the revision, changes nothing.
/// </summary>
public class StatusMoveLog
{
    private readonly IRepository<StatusMove> _moves;
    private readonly TimeProvider _timeProvider;

    public StatusMoveLog(IRepository<StatusMove> moves, TimeProvider timeProvider)
    {
        _moves = moves;
        _timeProvider = timeProvider;
    }

    /// <summary>The subject's latest move, or null before its first (the subject's row then holds its status).</summary>
    public async Task<StatusMove> LatestAsync(StatusSubject subject, int subjectId)
    {
        return (await _moves.GetAllAsync(q => q
            .Where(m => m.SubjectTypeId == (int)subject && m.SubjectId == subjectId)
            .OrderByDescending(m => m.Revision)
            .Take(1))).FirstOrDefault();
    }

    /// <summary>
    /// Records the move from <paramref name="from"/> when that is the subject's current status and nobody moved it meanwhile.
    /// </summary>
    /// <returns>The recorded move, or null (nothing written) when the status was not <paramref name="from"/> or another mover won.</returns>
    public async Task<StatusMove> TryRecordAsync(StatusSubject subject, int subjectId, int from, int to, string note)
    {
        var latest = await LatestAsync(subject, subjectId);
        if (latest is not null && latest.ToStatusId != from)
            return null;

        var move = new StatusMove
        {
            SubjectType = subject,
            SubjectId = subjectId,
            Revision = (latest?.Revision ?? 0) + 1,
            FromStatusId = from,
            ToStatusId = to,
            Note = Text.Truncate(note, TriggerMailDefaults.NoteLength),
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };
        return await _moves.InsertOnceAsync(move) ? move : null;
    }
}
