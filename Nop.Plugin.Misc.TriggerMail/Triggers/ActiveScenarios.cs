using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers;

public class ActiveScenarios
{
    private readonly IRepository<Scenario> _scenarioRepository;

    public ActiveScenarios(IRepository<Scenario> scenarioRepository)
    {
        _scenarioRepository = scenarioRepository;
    }

    public async Task<IList<Scenario>> OfKindAsync(TriggerKind kind)
    {
        var kindId = (int)kind;
        var active = (int)ScenarioStatus.Active;
        return await _scenarioRepository.Table
            .Where(s => s.TriggerKindId == kindId && s.StatusId == active)
            .OrderBy(s => s.Id)
            .ToListAsync();
    }
}
