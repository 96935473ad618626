namespace Nop.Plugin.Misc.TriggerMail.Common.Core;

/// <summary>
/// A table of the status moves a row may make. A status with no move out of it is final, so "final" cannot drift
/// from the table. Each status type keeps its table in its feature (EnrollmentMoves, ScenarioMoves, MessageMoves).
/// </summary>
public sealed class MoveTable<TStatus> where TStatus : struct, Enum
{
    private readonly HashSet<(TStatus From, TStatus To)> _allowed;

    public MoveTable(params (TStatus From, TStatus To)[] allowed)
    {
        _allowed = [.. allowed];
    }

    public bool IsAllowed(TStatus from, TStatus to) => _allowed.Contains((from, to));

    public bool IsFinal(TStatus status) => !_allowed.Any(move => EqualityComparer<TStatus>.Default.Equals(move.From, status));
}
