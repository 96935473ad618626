using Nop.Services.ScheduleTasks;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests;

[TestFixture]
public class TriggerMailDefaultsTests
{
    [Test]
    public void Each_task_definition_names_a_distinct_scheduled_task_class_of_the_plugin_by_its_full_name()
    {
        var types = TriggerMailDefaults.Tasks.All.Select(definition => typeof(TriggerMailPlugin).Assembly.GetType(definition.Type)).ToList();

        Assert.That(types, Has.None.Null);
        Assert.That(types.All(type => typeof(IScheduleTask).IsAssignableFrom(type)), Is.True);
        Assert.That(types.Distinct().Count(), Is.EqualTo(TriggerMailDefaults.Tasks.All.Count));
    }
}
