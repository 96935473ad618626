using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Services.Delivery;

/// <summary>
/// The account trigger mail leaves from: the one chosen in the plugin's settings, else the store's default
/// account, else the first account (as nopCommerce's own plugins fall back).
/// </summary>
public class EmailAccountResolver
{
    private readonly IEmailAccountService _emailAccountService;
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly TriggerMailSettings _settings;

    public EmailAccountResolver(IEmailAccountService emailAccountService, EmailAccountSettings emailAccountSettings, TriggerMailSettings settings)
    {
        _emailAccountService = emailAccountService;
        _emailAccountSettings = emailAccountSettings;
        _settings = settings;
    }

    public async Task<EmailAccount> ResolveAsync()
    {
        var chosen = _settings.EmailAccountId > 0 ? _settings.EmailAccountId : _emailAccountSettings.DefaultEmailAccountId;
        return await _emailAccountService.GetEmailAccountByIdAsync(chosen)
            ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault();
    }
}
