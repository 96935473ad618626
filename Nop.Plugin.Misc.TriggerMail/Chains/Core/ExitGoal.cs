namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// A condition that ends an enrollment early (checked before every step), e.g. the order an
/// abandoned-cart chain was trying to win.
/// </summary>
public enum ExitGoal
{
    OrderPlaced = 10,
    CartEmptied = 20,
    OrderCancelled = 30
}
