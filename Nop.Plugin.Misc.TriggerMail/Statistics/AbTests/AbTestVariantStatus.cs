using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;

/// <param name="Figures">Recipients and conversions from the daily rollup, over every version of the step.</param>
/// <param name="ConversionRate">Conversions on the test's metric per recipient.</param>
/// <param name="Confidence">Probability to be best (Bayesian), or for the z-test the leader's 1 − p (0 for the others).</param>
public sealed record AbTestVariantStatus(string Key, int TemplateId, int Weight, VariantFigures Figures, double ConversionRate, double Confidence);
