using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.TriggerMail.Common.Core;

/// <summary>
/// A hash of ids that is the same on every server and every run (string.GetHashCode is randomised per process).
/// </summary>
public static class StableHash
{
    /// <summary>A number in [0, buckets) drawn from the parts.</summary>
    public static int Bucket(int buckets, params object[] parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts)));
        return (int)(BitConverter.ToUInt32(bytes, 0) % (uint)buckets);
    }
}
