using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

/// <summary>
/// A chain store that numbers its writes (every persistence point) and can act around one of them: die right
/// after it (every later call throws, like a killed process), or let another runner run to the end just
/// before it (the worst interleaving of two servers).
/// </summary>
public sealed class HookedChainStore : IChainStore
{
    private readonly IChainStore _inner;
    private readonly int _hookAtWrite;
    private readonly bool _dieAfter;
    private readonly Func<Task> _beforeWrite;
    private bool _dead;

    private HookedChainStore(IChainStore inner, int hookAtWrite, bool dieAfter, Func<Task> beforeWrite)
    {
        _inner = inner;
        _hookAtWrite = hookAtWrite;
        _dieAfter = dieAfter;
        _beforeWrite = beforeWrite;
    }

    public int Writes { get; private set; }

    public bool Died => _dead;

    public static HookedChainStore DyingAfterWrite(IChainStore inner, int write) => new(inner, write, true, null);

    public static HookedChainStore InterleavingBeforeWrite(IChainStore inner, int write, Func<Task> other) => new(inner, write, false, other);

    public Task<IList<Enrollment>> GetDueEnrollmentsAsync(DateTime nowUtc, int take) => Read(() => _inner.GetDueEnrollmentsAsync(nowUtc, take));

    public Task<Enrollment> GetEnrollmentAsync(int enrollmentId) => Read(() => _inner.GetEnrollmentAsync(enrollmentId));

    public Task<EnrollmentLog> GetLatestLogAsync(int enrollmentId) => Read(() => _inner.GetLatestLogAsync(enrollmentId));

    public Task<IList<Enrollment>> GetEntriesAsync(int scenarioId, int customerId) => Read(() => _inner.GetEntriesAsync(scenarioId, customerId));

    public Task<IList<TriggerInboxItem>> GetPendingInboxItemsAsync(int take) => Read(() => _inner.GetPendingInboxItemsAsync(take));

    public Task<IList<Scenario>> GetActiveScenariosAsync() => Read(_inner.GetActiveScenariosAsync);

    public Task<Scenario> GetScenarioAsync(int scenarioId) => Read(() => _inner.GetScenarioAsync(scenarioId));

    public Task<IList<ScenarioStep>> GetStepsAsync(int scenarioId, int version) => Read(() => _inner.GetStepsAsync(scenarioId, version));

    public Task<bool> TryInsertEnrollmentAsync(Enrollment enrollment) => Write(() => _inner.TryInsertEnrollmentAsync(enrollment));

    public Task<bool> TryInsertLogAsync(EnrollmentLog log) => Write(() => _inner.TryInsertLogAsync(log));

    public Task UpdateEnrollmentAsync(Enrollment enrollment) => Write(async () => { await _inner.UpdateEnrollmentAsync(enrollment); return true; });

    public Task<bool> TryInsertMessageAsync(Message message) => Write(() => _inner.TryInsertMessageAsync(message));

    public Task<bool> TryInsertLogsAsync(IList<EnrollmentLog> logs) => Write(() => _inner.TryInsertLogsAsync(logs));

    public Task UpdateEnrollmentsAsync(IList<Enrollment> enrollments) => Write(async () => { await _inner.UpdateEnrollmentsAsync(enrollments); return true; });

    public Task<bool> TryInsertMessagesAsync(IList<Message> messages) => Write(() => _inner.TryInsertMessagesAsync(messages));

    public Task UpdateInboxItemAsync(TriggerInboxItem item) => Write(async () => { await _inner.UpdateInboxItemAsync(item); return true; });

    private Task<T> Read<T>(Func<Task<T>> read)
    {
        ThrowIfDead();
        return read();
    }

    private async Task<T> Write<T>(Func<Task<T>> write)
    {
        ThrowIfDead();
        Writes++;
        if (Writes == _hookAtWrite && _beforeWrite is not null)
            await _beforeWrite();

        var result = await write();
        if (Writes == _hookAtWrite && _dieAfter)
            _dead = true;
        return result;
    }

    private void ThrowIfDead()
    {
        if (_dead)
            throw new InvalidOperationException("The runner was killed.");
    }
}
