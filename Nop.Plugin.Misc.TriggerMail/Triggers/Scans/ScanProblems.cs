namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// What went wrong in one scan run (a scenario with bad trigger settings, a scanner that failed). The other
/// scenarios and scanners still run; the task reports the problems to the host's log at the end.
/// </summary>
public class ScanProblems
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    public void Add(string message) => _messages.Add(message);
}
