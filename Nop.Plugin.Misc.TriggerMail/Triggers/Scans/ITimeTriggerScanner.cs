using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Finds one kind of time-based condition and writes it to the inbox, from where its cursor stopped.
/// </summary>
public interface ITimeTriggerScanner
{
    Task ScanAsync(RunBudget budget);
}
