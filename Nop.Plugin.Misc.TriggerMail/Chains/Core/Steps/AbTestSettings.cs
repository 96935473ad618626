using System.Text.Json.Serialization;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// How a send step's A/B test picks its winner. A step with two or more weighted variants and no settings is
/// tested with these defaults; <see cref="AutoPromote"/> false keeps the split and only reports the state.
/// </summary>
public sealed record AbTestSettings(
    AbTestMetric Metric = AbTestMetric.Orders,
    AbTestMethod Method = AbTestMethod.BayesianProbabilityToBeBest,
    double Confidence = 0.95,
    int MinRecipientsPerVariant = 500,
    bool AutoPromote = true)
{
    public static AbTestSettings Default { get; } = new();

    [JsonIgnore]
    public AbTestRule Rule => new(Metric, Method, Confidence, MinRecipientsPerVariant);

    /// <summary>The field errors, as "abTest.field: reason"; empty when valid.</summary>
    public IEnumerable<string> Errors()
    {
        if (!Enum.IsDefined(Metric))
            yield return $"abTest.metric: {(int)Metric} is not a metric (Orders, Clicks or Opens)";
        if (!Enum.IsDefined(Method))
            yield return $"abTest.method: {(int)Method} is not a method (BayesianProbabilityToBeBest or TwoProportionZTest)";
        if (double.IsNaN(Confidence) || Confidence is <= 0.5 or >= 1)
            yield return $"abTest.confidence: must be above 0.5 and below 1 (was {Confidence})";
        if (MinRecipientsPerVariant < 1)
            yield return $"abTest.minRecipientsPerVariant: must be at least 1 (was {MinRecipientsPerVariant})";
    }
}
