using Nop.Core.Domain.ScheduleTasks;
using Nop.Data;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// nopCommerce's schedule task service over the harness's ScheduleTask table (exact type match, newest first).
/// </summary>
public sealed class RepositoryScheduleTaskService : IScheduleTaskService
{
    private readonly IRepository<ScheduleTask> _taskRepository;

    public RepositoryScheduleTaskService(IRepository<ScheduleTask> taskRepository)
    {
        _taskRepository = taskRepository;
    }

    public Task DeleteTaskAsync(ScheduleTask task) => _taskRepository.DeleteAsync(task, false);

    public Task<ScheduleTask> GetTaskByTypeAsync(string type)
    {
        return Task.FromResult(_taskRepository.Table.Where(t => t.Type == type).OrderByDescending(t => t.Id).FirstOrDefault());
    }

    public Task InsertTaskAsync(ScheduleTask task) => _taskRepository.InsertAsync(task, false);
}
