using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>
/// Recomputes the RFM quintiles segment rules read: over all stores (store 0) and for each store.
/// </summary>
public class RfmScoringTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly RfmScorer _rfmScorer;
    private readonly IRepository<Store> _storeRepository;

    public RfmScoringTask(PluginActivity pluginActivity, RfmScorer rfmScorer, IRepository<Store> storeRepository)
    {
        _pluginActivity = pluginActivity;
        _rfmScorer = rfmScorer;
        _storeRepository = storeRepository;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        await _rfmScorer.ScoreAsync(0);
        foreach (var storeId in await _storeRepository.Table.Where(s => !s.Deleted).Select(s => s.Id).ToListAsync())
            await _rfmScorer.ScoreAsync(storeId);
    }
}
