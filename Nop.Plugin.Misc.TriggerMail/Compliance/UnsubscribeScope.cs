namespace Nop.Plugin.Misc.TriggerMail.Compliance;

public enum UnsubscribeScope
{
    /// <summary>Only the scenario the email came from.</summary>
    Scenario = 0,

    /// <summary>Every marketing email from the store (transactional mail still arrives).</summary>
    AllMarketing = 10
}
