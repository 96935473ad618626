using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Every read and write the chain shell makes. Writes are single inserts or updates; the Try… inserts return
/// false on a unique-key violation, which is how racing runners learn that someone else got there first.
/// </summary>
public interface IChainStore
{
    Task<IList<Enrollment>> GetDueEnrollmentsAsync(DateTime nowUtc, int take);

    Task<Enrollment> GetEnrollmentAsync(int enrollmentId);

    Task<EnrollmentLog> GetLatestLogAsync(int enrollmentId);

    Task<IList<Enrollment>> GetEntriesAsync(int scenarioId, int customerId);

    Task<IList<TriggerInboxItem>> GetPendingInboxItemsAsync(int take);

    Task<IList<Scenario>> GetActiveScenariosAsync();

    Task<Scenario> GetScenarioAsync(int scenarioId);

    Task<IList<ScenarioStep>> GetStepsAsync(int scenarioId, int version);

    Task<bool> TryInsertEnrollmentAsync(Enrollment enrollment);

    Task<bool> TryInsertLogAsync(EnrollmentLog log);

    Task UpdateEnrollmentAsync(Enrollment enrollment);

    /// <summary>Inserts all the log rows in one transaction, or none when any key is taken.</summary>
    Task<bool> TryInsertLogsAsync(IList<EnrollmentLog> logs);

    Task UpdateEnrollmentsAsync(IList<Enrollment> enrollments);

    /// <summary>Inserts all the messages in one transaction, or none when any (enrollment, step) already has one.</summary>
    Task<bool> TryInsertMessagesAsync(IList<Message> messages);

    Task<bool> TryInsertMessageAsync(Message message);

    Task UpdateInboxItemAsync(TriggerInboxItem item);
}
