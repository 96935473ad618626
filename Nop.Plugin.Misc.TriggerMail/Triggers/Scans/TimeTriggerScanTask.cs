using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Finds time-based triggers (abandoned carts, inactivity, birthdays, anniversaries, calendar dates, after-order
/// offsets) and writes them to the inbox. Each scanner runs from its cursor, in pages of the batch size, within the
/// run's time budget; one failing scanner or scenario does not stop the others, and is reported at the end.
/// </summary>
public class TimeTriggerScanTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly ScanProblems _problems;
    private readonly IEnumerable<ITimeTriggerScanner> _scanners;
    private readonly TriggerMailSettings _settings;
    private readonly TimeProvider _timeProvider;

    public TimeTriggerScanTask(PluginActivity pluginActivity, ScanProblems problems, IEnumerable<ITimeTriggerScanner> scanners,
        TriggerMailSettings settings, TimeProvider timeProvider)
    {
        _pluginActivity = pluginActivity;
        _problems = problems;
        _scanners = scanners;
        _settings = settings;
        _timeProvider = timeProvider;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        var budget = new RunBudget(_timeProvider, _settings.RunTimeBudgetSeconds, _settings.BatchSize);
        foreach (var scanner in _scanners)
        {
            try
            {
                await scanner.ScanAsync(budget);
            }
            catch (Exception exception)
            {
                _problems.Add($"{scanner.GetType().Name}: {exception.Message}");
            }
        }

        if (_problems.Messages.Count > 0)
            throw new InvalidOperationException("Trigger scan finished with problems: " + string.Join(" | ", _problems.Messages));
    }
}
