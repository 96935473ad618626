namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Failed steps come back after 1 min, 4 min, 16 min, … (at most 6 h) until the attempts run out.
/// </summary>
public static class RetryPolicy
{
    public const int MaxAttempts = 5;

    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMinutes(Math.Min(6 * 60, Math.Pow(4, Math.Max(0, attempt - 1))));
}
