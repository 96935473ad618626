namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public enum ConditionKind
{
    OpenedPrevious = 10,
    ClickedPrevious = 20,
    OrderedSinceEnrollment = 30,
    OrderTotalAtLeast = 40,
    InSegment = 50,
    CartNotEmpty = 60,
    ProductInStock = 70
}
