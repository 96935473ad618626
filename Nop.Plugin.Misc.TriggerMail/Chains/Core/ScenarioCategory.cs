namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Transactional chains ignore marketing opt-out (never a hard suppression); marketing chains need consent.
/// </summary>
public enum ScenarioCategory
{
    Transactional = 10,
    Marketing = 20
}
