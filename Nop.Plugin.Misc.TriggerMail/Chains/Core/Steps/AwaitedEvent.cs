namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public enum AwaitedEvent
{
    Opened = 10,
    Clicked = 20,
    OpenedOrClicked = 30,
    Ordered = 40
}
