using System.Collections.Concurrent;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

/// <summary>
/// A chain store for racing runners: each runner's first read of the inbox and of the due enrollments waits,
/// after the read, until the other runner has made the same read, so both act on the same rows at the same time.
/// </summary>
public sealed class RendezvousChainStore : IChainStore
{
    private readonly IChainStore _inner;
    private readonly Meeting _meeting;
    private readonly HashSet<string> _met = [];

    public RendezvousChainStore(IChainStore inner, Meeting meeting)
    {
        _inner = inner;
        _meeting = meeting;
    }

    public async Task<IList<Enrollment>> GetDueEnrollmentsAsync(DateTime nowUtc, int take) =>
        await MeetAfterAsync("due", await _inner.GetDueEnrollmentsAsync(nowUtc, take));

    public async Task<IList<TriggerInboxItem>> GetPendingInboxItemsAsync(int take) =>
        await MeetAfterAsync("inbox", await _inner.GetPendingInboxItemsAsync(take));

    public Task<Enrollment> GetEnrollmentAsync(int enrollmentId) => _inner.GetEnrollmentAsync(enrollmentId);

    public Task<EnrollmentLog> GetLatestLogAsync(int enrollmentId) => _inner.GetLatestLogAsync(enrollmentId);

    public Task<IList<Enrollment>> GetEntriesAsync(int scenarioId, int customerId) => _inner.GetEntriesAsync(scenarioId, customerId);

    public Task<IList<Scenario>> GetActiveScenariosAsync() => _inner.GetActiveScenariosAsync();

    public Task<Scenario> GetScenarioAsync(int scenarioId) => _inner.GetScenarioAsync(scenarioId);

    public Task<IList<ScenarioStep>> GetStepsAsync(int scenarioId, int version) => _inner.GetStepsAsync(scenarioId, version);

    public Task<bool> TryInsertEnrollmentAsync(Enrollment enrollment) => _inner.TryInsertEnrollmentAsync(enrollment);

    public Task<bool> TryInsertLogAsync(EnrollmentLog log) => _inner.TryInsertLogAsync(log);

    public Task UpdateEnrollmentAsync(Enrollment enrollment) => _inner.UpdateEnrollmentAsync(enrollment);

    public Task<bool> TryInsertLogsAsync(IList<EnrollmentLog> logs) => _inner.TryInsertLogsAsync(logs);

    public Task UpdateEnrollmentsAsync(IList<Enrollment> enrollments) => _inner.UpdateEnrollmentsAsync(enrollments);

    public Task<bool> TryInsertMessagesAsync(IList<Message> messages) => _inner.TryInsertMessagesAsync(messages);

    public Task<bool> TryInsertMessageAsync(Message message) => _inner.TryInsertMessageAsync(message);

    public Task UpdateInboxItemAsync(TriggerInboxItem item) => _inner.UpdateInboxItemAsync(item);

    private async Task<T> MeetAfterAsync<T>(string point, T result)
    {
        if (_met.Add(point))
            await _meeting.ArriveAsync(point);
        return result;
    }

    /// <summary>Where the runners wait for each other, one gate per named point.</summary>
    public sealed class Meeting(int parties)
    {
        private readonly ConcurrentDictionary<string, (int Arrived, TaskCompletionSource Gate)> _points = new();

        public Task ArriveAsync(string point)
        {
            var (arrived, gate) = _points.AddOrUpdate(point, _ => (1, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)),
                (_, current) => (current.Arrived + 1, current.Gate));
            if (arrived == parties)
                gate.TrySetResult();
            // A runner that never arrives is a broken test, not a slow one: fail instead of hanging.
            return gate.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }
}
