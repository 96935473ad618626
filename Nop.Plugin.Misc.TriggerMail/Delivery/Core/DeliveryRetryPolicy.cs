namespace Nop.Plugin.Misc.TriggerMail.Delivery.Core;

/// <summary>
/// What to do after a failed send: try again later (backing off 1, 5, 15, 60, then 240 minutes) or give up
/// because the error is permanent or the attempts are used up.
/// </summary>
public static class DeliveryRetryPolicy
{
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(240)
    ];

    public static DateTime? NextAttempt(int attemptsMade, int maxAttempts, bool permanent, DateTime utcNow)
    {
        if (permanent || attemptsMade >= Math.Max(1, maxAttempts))
            return null;

        return utcNow + Delays[Math.Clamp(attemptsMade - 1, 0, Delays.Length - 1)];
    }
}
