using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Whether an entry goes to the control group: a deterministic draw, so two servers draining the same trigger
/// agree and reports can be reproduced.
/// </summary>
public static class HoldoutDraw
{
    public static bool IsHoldout(int scenarioId, int customerId, int entryNumber, int holdoutPercent)
    {
        if (holdoutPercent <= 0)
            return false;
        if (holdoutPercent >= 100)
            return true;

        return StableHash.Bucket(100, "holdout", scenarioId, customerId, entryNumber) < holdoutPercent;
    }
}
