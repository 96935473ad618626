using Nop.Core.Configuration;

namespace Nop.Services.Helpers;

public partial class DateTimeSettings : ISettings
{
    public string DefaultStoreTimeZoneId { get; set; }

    public bool AllowCustomersToSetTimeZone { get; set; }
}
