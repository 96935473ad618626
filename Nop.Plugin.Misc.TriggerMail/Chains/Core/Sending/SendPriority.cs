namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

/// <summary>
/// Who gets a capped customer's next marketing slot first. Lower value goes first.
/// </summary>
public enum SendPriority
{
    Transactional = 10,
    CartRecovery = 20,
    Marketing = 30
}
