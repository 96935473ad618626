namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

public enum ScenarioStatus
{
    Draft = 0,
    Active = 10,
    Paused = 20,
    Archived = 30
}
