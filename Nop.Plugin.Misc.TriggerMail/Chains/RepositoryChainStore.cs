using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

public class RepositoryChainStore : IChainStore
{
    private readonly IRepository<Enrollment> _enrollments;
    private readonly IRepository<EnrollmentLog> _logs;
    private readonly IRepository<Message> _messages;
    private readonly IRepository<Scenario> _scenarios;
    private readonly IRepository<ScenarioStep> _steps;
    private readonly IRepository<TriggerInboxItem> _inbox;

    public RepositoryChainStore(IRepository<Enrollment> enrollments,
        IRepository<EnrollmentLog> logs,
        IRepository<Message> messages,
        IRepository<Scenario> scenarios,
        IRepository<ScenarioStep> steps,
        IRepository<TriggerInboxItem> inbox)
    {
        _enrollments = enrollments;
        _logs = logs;
        _messages = messages;
        _scenarios = scenarios;
        _steps = steps;
        _inbox = inbox;
    }

    public async Task<IList<Enrollment>> GetDueEnrollmentsAsync(DateTime nowUtc, int take)
    {
        const int active = (int)EnrollmentStatus.Active, waiting = (int)EnrollmentStatus.Waiting, running = (int)EnrollmentStatus.Running;
        return await _enrollments.Table
            .Where(e => ((e.StatusId == active || e.StatusId == waiting) && e.NextRunOnUtc <= nowUtc)
                || (e.StatusId == running && e.LockedUntilUtc <= nowUtc))
            .OrderBy(e => e.PriorityId).ThenBy(e => e.NextRunOnUtc).ThenBy(e => e.Id)
            .Take(take)
            .ToListAsync();
    }

    public Task<Enrollment> GetEnrollmentAsync(int enrollmentId) => _enrollments.GetByIdAsync(enrollmentId);

    public async Task<EnrollmentLog> GetLatestLogAsync(int enrollmentId) =>
        await _logs.Table.Where(l => l.EnrollmentId == enrollmentId).OrderByDescending(l => l.Revision).FirstOrDefaultAsync();

    public async Task<IList<Enrollment>> GetEntriesAsync(int scenarioId, int customerId) =>
        await _enrollments.Table.Where(e => e.ScenarioId == scenarioId && e.CustomerId == customerId).ToListAsync();

    public async Task<IList<TriggerInboxItem>> GetPendingInboxItemsAsync(int take)
    {
        const int pending = (int)InboxItemStatus.Pending;
        return await _inbox.Table.Where(i => i.StatusId == pending).OrderBy(i => i.Id).Take(take).ToListAsync();
    }

    public async Task<IList<Scenario>> GetActiveScenariosAsync()
    {
        const int active = (int)ScenarioStatus.Active;
        return await _scenarios.Table.Where(s => s.StatusId == active).ToListAsync();
    }

    public Task<Scenario> GetScenarioAsync(int scenarioId) => _scenarios.GetByIdAsync(scenarioId);

    public async Task<IList<ScenarioStep>> GetStepsAsync(int scenarioId, int version) =>
        await _steps.Table.Where(s => s.ScenarioId == scenarioId && s.ScenarioVersion == version)
            .OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id).ToListAsync();

    public Task<bool> TryInsertEnrollmentAsync(Enrollment enrollment) => _enrollments.InsertOnceAsync(enrollment);

    public Task<bool> TryInsertLogAsync(EnrollmentLog log) => _logs.InsertOnceAsync(log);

    public Task UpdateEnrollmentAsync(Enrollment enrollment) => _enrollments.UpdateAsync(enrollment, publishEvent: false);

    public Task<bool> TryInsertMessageAsync(Message message) => _messages.InsertOnceAsync(message);

    public Task<bool> TryInsertLogsAsync(IList<EnrollmentLog> logs) => _logs.InsertOnceAsync(logs);

    public Task UpdateEnrollmentsAsync(IList<Enrollment> enrollments) => _enrollments.UpdateAsync(enrollments, publishEvent: false);

    public Task<bool> TryInsertMessagesAsync(IList<Message> messages) => _messages.InsertOnceAsync(messages);

    public Task UpdateInboxItemAsync(TriggerInboxItem item) => _inbox.UpdateAsync(item, publishEvent: false);
}
