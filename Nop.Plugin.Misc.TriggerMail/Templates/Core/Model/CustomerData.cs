namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

public sealed class CustomerData
{
    public string FirstName { get; init; }

    public string LastName { get; init; }

    public string FullName { get; init; }

    public string Email { get; init; }

    /// <summary>First name, else full name, else the store's word for "customer": never empty.</summary>
    public string Greeting { get; init; }
}
