namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

public sealed class StoreData
{
    public string Name { get; init; }

    public string Url { get; init; }

    public string LogoUrl { get; init; }

    public string CompanyName { get; init; }

    public string Address { get; init; }

    public string Phone { get; init; }
}
