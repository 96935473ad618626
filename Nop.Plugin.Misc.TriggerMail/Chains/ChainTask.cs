using System.Runtime.ExceptionServices;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Drains the trigger inbox into enrollments, then runs due enrollments, within one size and time budget.
/// Safe to run on every server of a web farm at once: claims and entries are decided by unique keys.
/// </summary>
public class ChainTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly InboxDrainer _inboxDrainer;
    private readonly DueEnrollmentRunner _dueEnrollmentRunner;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerMailSettings _settings;

    public ChainTask(PluginActivity pluginActivity,
        InboxDrainer inboxDrainer,
        DueEnrollmentRunner dueEnrollmentRunner,
        TimeProvider timeProvider,
        TriggerMailSettings settings)
    {
        _pluginActivity = pluginActivity;
        _inboxDrainer = inboxDrainer;
        _dueEnrollmentRunner = dueEnrollmentRunner;
        _timeProvider = timeProvider;
        _settings = settings;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        var budget = new RunBudget(_timeProvider, _settings.RunTimeBudgetSeconds, _settings.BatchSize);
        ExceptionDispatchInfo drainFailure = null;
        try
        {
            await _inboxDrainer.DrainAsync(budget);
        }
        catch (Exception exception)
        {
            // Enrollments already due must not wait for the inbox to recover; the failure is still reported.
            drainFailure = ExceptionDispatchInfo.Capture(exception);
        }

        await _dueEnrollmentRunner.RunDueAsync(budget);
        drainFailure?.Throw();
    }
}
