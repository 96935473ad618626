using System.Collections.Concurrent;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Every SQL statement the harness database executed, so a test can count statements.
/// </summary>
public sealed class SqlLog
{
    private readonly ConcurrentQueue<string> _statements = new();

    public bool Enabled { get; set; }

    public IReadOnlyList<string> Statements => _statements.ToList();

    public void Record(string sql)
    {
        if (Enabled)
            _statements.Enqueue(sql);
    }

    public void Clear() => _statements.Clear();
}
