using System.Net;

namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>
/// Flags opens and clicks that a machine made: Apple Mail Privacy Protection prefetching every pixel through
/// Apple's proxies, and link scanners (mail security gateways) that fetch every link seconds after delivery.
/// Such events are kept but excluded from human open and click rates.
/// </summary>
public sealed class MachineTrafficClassifier
{
    private static readonly string[] _scannerAgents =
    [
        "bot", "crawler", "spider", "python-requests", "curl/", "wget", "go-http-client", "java/", "okhttp",
        "headlesschrome", "phantomjs", "barracuda", "proofpoint", "mimecast", "symantec", "forcepoint", "trendmicro",
        "microsoft office protection", "safelinks", "bingpreview", "slackbot", "facebookexternalhit"
    ];

    public TimeSpan ScannerClickDelay { get; init; } = TimeSpan.FromSeconds(10);

    public int ScannerBurstClicks { get; init; } = 3;

    public TrafficVerdict Classify(TrackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var agent = request.UserAgent?.Trim() ?? string.Empty;
        var lowerAgent = agent.ToLowerInvariant();

        if (request.EventType == TrackingEventType.Open && IsApplePrivacyProxy(agent, request.IpAddress))
            return TrafficVerdict.Machine("Apple Mail Privacy Protection prefetch");

        if (_scannerAgents.FirstOrDefault(lowerAgent.Contains) is { } token)
            return TrafficVerdict.Machine($"automated client ({token})");

        if (agent.Length == 0)
            return TrafficVerdict.Machine("no user agent");

        if (request.EventType == TrackingEventType.Click)
        {
            if (request.SinceSent >= TimeSpan.Zero && request.SinceSent < ScannerClickDelay)
                return TrafficVerdict.Machine($"clicked {request.SinceSent.TotalSeconds:0.#} s after sending");
            if (request.OtherClicksInBurst + 1 >= ScannerBurstClicks)
                return TrafficVerdict.Machine($"{request.OtherClicksInBurst + 1} links fetched at once");
        }

        return TrafficVerdict.Human;
    }

    // MPP fetches with a bare "Mozilla/5.0" agent from Apple's 17.0.0.0/8 network.
    private static bool IsApplePrivacyProxy(string agent, string ipAddress)
    {
        var bareAgent = agent == "Mozilla/5.0";
        var appleNetwork = IPAddress.TryParse(ipAddress, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && ip.GetAddressBytes()[0] == 17;
        return bareAgent || appleNetwork && !agent.Contains("Mobile/", StringComparison.Ordinal);
    }
}
