namespace Nop.Core.Domain.Messages;

public partial class NewsLetterSubscription : BaseEntity
{
    public Guid NewsLetterSubscriptionGuid { get; set; }

    public string Email { get; set; }

    public bool Active { get; set; }

    public int StoreId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public int LanguageId { get; set; }

    public int TypeId { get; set; }
}

public partial class EmailAccount : BaseEntity
{
    public string Email { get; set; }

    public string DisplayName { get; set; }

    public string Host { get; set; }

    public int Port { get; set; }

    public string Username { get; set; }

    public string Password { get; set; }

    public bool EnableSsl { get; set; }

    public int MaxNumberOfEmails { get; set; }

    public int EmailAuthenticationMethodId { get; set; }

    public string ClientId { get; set; }

    public string ClientSecret { get; set; }

    public string TenantId { get; set; }
}
