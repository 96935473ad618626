using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// The public open-pixel and click URLs of a message on its store's address.
/// </summary>
public sealed class TrackingUrls
{
    private readonly TrackingTokenCodec _codec;
    private readonly string _storeUrl;

    public TrackingUrls(TrackingTokenCodec codec, string storeUrl)
    {
        _codec = codec;
        _storeUrl = storeUrl.EndsWith('/') ? storeUrl : storeUrl + "/";
    }

    public string Open(int messageId, Guid messageGuid) =>
        _storeUrl + TriggerMailDefaults.Routes.OpenPathPrefix + _codec.Encode(TrackingPurpose.Open, new TrackingToken(messageId, messageGuid, LinkIndex: 0));

    public string Click(int messageId, Guid messageGuid, int linkIndex) =>
        _storeUrl + TriggerMailDefaults.Routes.ClickPathPrefix + _codec.Encode(TrackingPurpose.Click, new TrackingToken(messageId, messageGuid, linkIndex));
}
