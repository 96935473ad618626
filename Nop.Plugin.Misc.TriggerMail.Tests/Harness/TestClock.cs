namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// A clock the test moves by hand.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _utcNow;

    public TestClock(DateTime utcNow)
    {
        Set(utcNow);
    }

    public DateTime UtcNow => _utcNow.UtcDateTime;

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public void Set(DateTime utcNow)
    {
        _utcNow = new DateTimeOffset(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
    }

    public void Advance(TimeSpan by) => _utcNow = _utcNow.Add(by);
}
