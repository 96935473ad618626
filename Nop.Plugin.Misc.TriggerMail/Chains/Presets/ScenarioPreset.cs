namespace Nop.Plugin.Misc.TriggerMail.Chains.Presets;

public enum ScenarioPreset
{
    WelcomeSeries = 10,
    OrderConfirmation = 20,
    ShippingUpdate = 21,
    AbandonedCart = 30,
    WinBack = 40,
    Birthday = 50,
    ReviewRequest = 60,
    RepeatPurchase = 70
}
