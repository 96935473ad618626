using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Tests.AdminHost;

/// <summary>
/// Stand-in for nopCommerce 4.90's admin StoreScopeConfiguration view component (Nop.Web): with two or more stores,
/// a "Multi-store configuration for" select whose options lead to Setting/ChangeStoreScopeConfiguration, which
/// remembers the admin's choice and returns to the page; with one store, nothing.
/// </summary>
public class StoreScopeConfigurationViewComponent : ViewComponent
{
    public const string ChangePath = "/Admin/Setting/ChangeStoreScopeConfiguration";

    private readonly IRepository<Store> _storeRepository;
    private readonly IStoreContext _storeContext;
    private readonly ILocalizationService _localizationService;

    public StoreScopeConfigurationViewComponent(IRepository<Store> storeRepository, IStoreContext storeContext, ILocalizationService localizationService)
    {
        _storeRepository = storeRepository;
        _storeContext = storeContext;
        _localizationService = localizationService;
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var stores = await _storeRepository.GetAllAsync(q => q.Where(s => !s.Deleted).OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id));
        if (stores.Count < 2)
            return new HtmlContentViewComponentResult(HtmlString.Empty);

        var scope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var returnUrl = Request.Path + Request.QueryString;
        string Option(int id, string name) =>
            $"<option value=\"{WebUtility.HtmlEncode($"{ChangePath}?storeid={id}&returnUrl={Uri.EscapeDataString(returnUrl)}")}\"{(id == scope ? " selected" : string.Empty)}>{WebUtility.HtmlEncode(name)}</option>";

        var options = Option(0, await Text("Admin.Configuration.Settings.StoreScope.AllStores", "All stores"))
            + string.Concat(stores.Select(s => Option(s.Id, s.Name)));
        var checkAll = scope > 0
            ? $"<div class=\"checkbox\"><label><input type=\"checkbox\" id=\"store-scope-check-all\" onclick=\"document.querySelectorAll('input.multi-store-override-option').forEach(function (c) {{ c.checked = this.checked; }}, this)\"> <b>{WebUtility.HtmlEncode(await Text("Admin.Configuration.Settings.StoreScope.CheckAll", "Check/uncheck all"))}</b></label></div>"
            : string.Empty;
        return new HtmlContentViewComponentResult(new HtmlString(
            "<div class=\"form-group row\"><div class=\"col-md-auto\"><div class=\"label-wrapper\"><label class=\"col-form-label\">"
            + WebUtility.HtmlEncode(await Text("Admin.Configuration.Settings.StoreScope", "Multi-store configuration for"))
            + "</label></div></div><div class=\"col-md-3 store-scope-configuration\">"
            + $"<select id=\"store-scope-configuration\" name=\"store-scope-configuration\" class=\"form-control\" style=\"width: auto;min-width: 300px;\" onchange=\"window.location.href = this.value;\">{options}</select>"
            + checkAll + "</div></div>"));
    }

    private async Task<string> Text(string key, string fallback)
    {
        var text = await _localizationService.GetResourceAsync(key);
        return string.IsNullOrEmpty(text) || text == key ? fallback : text;
    }
}
