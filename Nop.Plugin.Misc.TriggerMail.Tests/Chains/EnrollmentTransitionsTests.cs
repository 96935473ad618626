using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

[TestFixture]
public class EnrollmentTransitionsTests
{
    private static async Task<Enrollment> WaitingEnrollmentAsync(StoreHarness store) =>
        await store.InsertAsync(new Enrollment
        {
            ScenarioId = 1, ScenarioVersion = 1, CustomerId = 1, StoreId = 1, Status = EnrollmentStatus.Waiting, CurrentStepKey = "wait",
            NextRunOnUtc = store.Clock.UtcNow, EnrolledOnUtc = store.Clock.UtcNow, EntryNumber = 1
        }, false);

    private static EnrollmentMove ClaimMove(StoreHarness store) =>
        EnrollmentMove.Lease("wait", stepEnteredOnUtc: null, store.Clock.UtcNow, attempt: 0, "claimed", store.Clock.UtcNow.AddMinutes(5), Guid.NewGuid());

    private static IEnumerable<PropertyInfo> PersistedProperties =>
        typeof(Enrollment).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && !p.PropertyType.IsEnum);

    [Test]
    public async Task A_move_from_a_stale_revision_changes_nothing_and_repairs_a_lagging_row()
    {
        await using var store = await StoreHarness.StartAsync();
        var stale = await WaitingEnrollmentAsync(store);
        using var scope = store.CreateScope();
        var transitions = scope.ServiceProvider.GetRequiredService<EnrollmentTransitions>();
        var won = await transitions.TryMoveAsync(stale, ClaimMove(store));
        await store.UpdateAsync(stale, false);

        var lost = await transitions.TryMoveAsync(stale, ClaimMove(store));

        var row = store.Query<Enrollment>().Single();
        Assert.That(won, Is.Not.Null);
        Assert.That(lost, Is.Null);
        Assert.That(row.Revision, Is.EqualTo(1));
        Assert.That(row.Status, Is.EqualTo(EnrollmentStatus.Running));
        Assert.That(row.LockToken, Is.EqualTo(won.LockToken));
        Assert.That(store.Query<EnrollmentLog>(), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_copy_keeps_every_persisted_property_of_the_enrollment()
    {
        var original = new Enrollment();
        var index = 0;
        foreach (var property in PersistedProperties)
            property.SetValue(original, DistinctValue(property.PropertyType, ++index));

        var copy = EnrollmentTransitions.Copy(original);

        var differing = PersistedProperties.Where(p => !Equals(p.GetValue(copy), p.GetValue(original))).Select(p => p.Name);
        Assert.That(copy, Is.Not.SameAs(original));
        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void Every_enrollment_property_is_a_value_or_a_string_so_a_memberwise_copy_shares_nothing_mutable()
    {
        var shared = PersistedProperties.Where(p => !p.PropertyType.IsValueType && p.PropertyType != typeof(string)).Select(p => p.Name);

        Assert.That(shared, Is.Empty);
    }

    [Test]
    public async Task A_move_leaves_the_enrollment_it_was_given_as_it_was_read()
    {
        await using var store = await StoreHarness.StartAsync();
        var read = await WaitingEnrollmentAsync(store);
        using var scope = store.CreateScope();

        var moved = await scope.ServiceProvider.GetRequiredService<EnrollmentTransitions>().TryMoveAsync(read, ClaimMove(store));

        Assert.That((read.Status, read.Revision), Is.EqualTo((EnrollmentStatus.Waiting, 0)));
        Assert.That((moved.Status, moved.Revision), Is.EqualTo((EnrollmentStatus.Running, 1)));
    }

    [TestCase(EnrollmentStatus.Completed, EnrollmentStatus.Running)]
    [TestCase(EnrollmentStatus.Waiting, EnrollmentStatus.Completed)]
    [TestCase(EnrollmentStatus.Holdout, EnrollmentStatus.Running)]
    public void A_move_outside_the_table_is_refused(EnrollmentStatus from, EnrollmentStatus to)
    {
        Assert.That(EnrollmentMoves.IsAllowed(from, to), Is.False);
    }

    private static object DistinctValue(Type type, int index)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(int))
            return index;
        if (underlying == typeof(bool))
            return true;
        if (underlying == typeof(string))
            return $"value {index}";
        if (underlying == typeof(DateTime))
            return new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(index);
        if (underlying == typeof(Guid))
            return new Guid(index, 0, 0, new byte[8]);
        throw new NotSupportedException($"Give the test a distinct value for {type.Name}.");
    }
}
