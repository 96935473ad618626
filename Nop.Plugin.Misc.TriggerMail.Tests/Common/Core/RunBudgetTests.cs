using Nop.Plugin.Misc.TriggerMail.Common.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Common.Core;

[TestFixture]
public class RunBudgetTests
{
    [TestCase(240, 240)]
    [TestCase(298, 298)]
    [TestCase(299, RunBudget.MaxSeconds)]
    [TestCase(600, RunBudget.MaxSeconds)]
    [TestCase(int.MaxValue, RunBudget.MaxSeconds)]
    [TestCase(0, 1)]
    [TestCase(-5, 1)]
    public void The_allowed_time_is_the_configured_seconds_capped_below_the_hosts_task_lock(int configured, int expectedSeconds)
    {
        var budget = new RunBudget(new SteppedClock(), configured, 100);

        Assert.That(budget.Allowed, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [Test]
    public void The_cap_is_below_the_hosts_299_second_task_lock()
    {
        Assert.That(RunBudget.MaxSeconds, Is.LessThan(299));
    }

    [Test]
    public void A_run_over_the_cap_is_exhausted_even_when_the_settings_allow_more()
    {
        var clock = new SteppedClock();
        var budget = new RunBudget(clock, 3600, 100);

        clock.Advance(TimeSpan.FromSeconds(RunBudget.MaxSeconds));

        Assert.That(budget.IsExhausted, Is.True);
    }

    [Test]
    public void A_budget_has_time_until_its_seconds_have_elapsed()
    {
        var clock = new SteppedClock();
        var budget = new RunBudget(clock, 60, 100);

        clock.Advance(TimeSpan.FromSeconds(59));

        Assert.That(budget.HasTime, Is.True);
    }

    [Test]
    public void A_budget_is_exhausted_once_its_seconds_have_elapsed()
    {
        var clock = new SteppedClock();
        var budget = new RunBudget(clock, 60, 100);

        clock.Advance(TimeSpan.FromSeconds(60));

        Assert.That((budget.IsExhausted, budget.HasTime), Is.EqualTo((true, false)));
    }

    [Test]
    public void Elapsed_time_counts_not_the_wall_clock()
    {
        var clock = new SteppedClock();
        var budget = new RunBudget(clock, 60, 100);

        clock.SetWallClock(DateTimeOffset.UtcNow.AddDays(3));

        Assert.That(budget.HasTime, Is.True);
    }

    [TestCase(500, 500)]
    [TestCase(1, 1)]
    [TestCase(0, 1)]
    [TestCase(-3, 1)]
    public void A_page_holds_the_batch_size_and_at_least_one_row(int configured, int expected)
    {
        var budget = new RunBudget(new SteppedClock(), 60, configured);

        Assert.That(budget.BatchSize, Is.EqualTo(expected));
    }

    /// <summary>A clock whose elapsed time only moves when the test says so.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks;
        private DateTimeOffset _utcNow = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public override DateTimeOffset GetUtcNow() => _utcNow;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;

        public void SetWallClock(DateTimeOffset utcNow) => _utcNow = utcNow;
    }
}
