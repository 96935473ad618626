using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

public static class SendPriorities
{
    public static SendPriority For(ScenarioCategory category, TriggerKind trigger)
    {
        if (category == ScenarioCategory.Transactional)
            return SendPriority.Transactional;

        return TriggerKinds.ConcernsCart(trigger) ? SendPriority.CartRecovery : SendPriority.Marketing;
    }
}
