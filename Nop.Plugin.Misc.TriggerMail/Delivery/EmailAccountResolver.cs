using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// The account a store's trigger mail leaves from: the one chosen in the plugin's settings for that store (or shared), else the store's default
/// account, else the first account (as nopCommerce's own plugins fall back).
/// </summary>
public class EmailAccountResolver
{
    private readonly IEmailAccountService _emailAccountService;
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly StoreSettings _storeSettings;

    public EmailAccountResolver(IEmailAccountService emailAccountService, EmailAccountSettings emailAccountSettings, StoreSettings storeSettings)
    {
        _emailAccountService = emailAccountService;
        _emailAccountSettings = emailAccountSettings;
        _storeSettings = storeSettings;
    }

    public async Task<EmailAccount> ResolveAsync(int storeId = 0)
    {
        var settings = await _storeSettings.ForStoreAsync(storeId);
        var chosen = settings.EmailAccountId > 0 ? settings.EmailAccountId : _emailAccountSettings.DefaultEmailAccountId;
        return await _emailAccountService.GetEmailAccountByIdAsync(chosen)
            ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault();
    }
}
