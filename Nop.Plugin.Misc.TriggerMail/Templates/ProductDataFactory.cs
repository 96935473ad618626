using Nop.Core.Domain.Catalog;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Seo;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// The customer-facing face of a product: its name in the letter's language, its page and its first picture,
/// as absolute URLs (an email has no base address).
/// </summary>
public class ProductDataFactory
{
    public const int PictureSize = 240;

    private readonly ILocalizationService _localizationService;
    private readonly IPictureService _pictureService;
    private readonly IUrlRecordService _urlRecordService;

    public ProductDataFactory(ILocalizationService localizationService, IPictureService pictureService, IUrlRecordService urlRecordService)
    {
        _localizationService = localizationService;
        _pictureService = pictureService;
        _urlRecordService = urlRecordService;
    }

    public async Task<(string Name, string Url, string PictureUrl)> DescribeAsync(Product product, int languageId, string storeUrl)
    {
        if (product is null)
            return (string.Empty, storeUrl, string.Empty);

        var name = await _localizationService.GetLocalizedAsync(product, p => p.Name, languageId);
        var seName = await _urlRecordService.GetSeNameAsync(product, languageId);
        var picture = (await _pictureService.GetPicturesByProductIdAsync(product.Id, 1)).FirstOrDefault();
        var pictureUrl = picture is null
            ? string.Empty
            : (await _pictureService.GetPictureUrlAsync(picture, PictureSize, storeLocation: storeUrl)).Url;

        return (name, Absolute(storeUrl, seName), Absolute(storeUrl, pictureUrl));
    }

    public static string Absolute(string storeUrl, string path)
    {
        if (string.IsNullOrEmpty(path))
            return string.Empty;
        if (Uri.TryCreate(path, UriKind.Absolute, out _))
            return path;

        return storeUrl.TrimEnd('/') + "/" + path.TrimStart('/');
    }
}
