namespace Nop.Plugin.Misc.TriggerMail.Engine.Tracking;

/// <summary>What an open or click token names: a message and, for clicks, the position of the link in it.</summary>
public sealed record TrackingToken(Guid MessageGuid, int LinkIndex);
