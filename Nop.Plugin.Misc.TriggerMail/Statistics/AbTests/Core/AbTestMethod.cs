namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <summary>The statistical rule that declares a winner. Persisted as int.</summary>
public enum AbTestMethod
{
    /// <summary>The leader's probability to be best reaches the confidence.</summary>
    BayesianProbabilityToBeBest = 0,

    /// <summary>The leader beats every other variant in a two-sided two-proportion z-test at the confidence.</summary>
    TwoProportionZTest = 10
}
