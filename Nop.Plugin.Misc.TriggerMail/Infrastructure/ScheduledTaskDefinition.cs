using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// A scheduled task the plugin installs: the host resolves <see cref="Type"/> by full name.
/// </summary>
public record ScheduledTaskDefinition(string Name, string Type, int Seconds)
{
    public static ScheduledTaskDefinition For<TTask>(string name, int seconds) where TTask : IScheduleTask =>
        new(name, typeof(TTask).FullName, seconds);
}
