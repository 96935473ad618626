using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// The customer's language when it is still published, otherwise the store's default language.
/// </summary>
public class LanguageResolver
{
    private readonly ILanguageService _languageService;

    public LanguageResolver(ILanguageService languageService)
    {
        _languageService = languageService;
    }

    public async Task<LanguageChoice> ResolveAsync(Customer customer, Store store, int? preferredLanguageId = null)
    {
        foreach (var candidate in new[] { preferredLanguageId, customer?.LanguageId, store?.DefaultLanguageId })
        {
            if (candidate is not > 0)
                continue;

            var language = await _languageService.GetLanguageByIdAsync(candidate.Value);
            if (language is { Published: true })
                return new LanguageChoice(language.Id, string.IsNullOrWhiteSpace(language.LanguageCulture) ? "en-US" : language.LanguageCulture);
        }

        return new LanguageChoice(store?.DefaultLanguageId ?? 0, "en-US");
    }
}
