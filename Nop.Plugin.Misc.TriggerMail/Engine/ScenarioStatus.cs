namespace Nop.Plugin.Misc.TriggerMail.Engine;

public enum ScenarioStatus
{
    Draft = 0,
    Active = 10,
    Paused = 20,
    Archived = 30
}
