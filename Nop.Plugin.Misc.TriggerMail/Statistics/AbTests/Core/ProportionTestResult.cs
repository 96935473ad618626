namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <param name="Z">Positive when B converts better than A.</param>
/// <param name="PValue">Two-sided.</param>
public sealed record ProportionTestResult(double Z, double PValue)
{
    /// <summary>No evidence either way: z of 0, p-value of 1.</summary>
    public static ProportionTestResult NoDifference { get; } = new(Z: 0, PValue: 1);
}
