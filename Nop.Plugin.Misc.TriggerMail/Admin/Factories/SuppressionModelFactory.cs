using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>The suppression list page and grid, read through <see cref="SuppressionList"/>.</summary>
public class SuppressionModelFactory
{
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly SuppressionList _suppressionList;

    public SuppressionModelFactory(ILocalizationService localizationService, IRepository<Scenario> scenarioRepository, SuppressionList suppressionList)
    {
        _localizationService = localizationService;
        _scenarioRepository = scenarioRepository;
        _suppressionList = suppressionList;
    }

    /// <param name="posted">A refused add form: shown again as entered.</param>
    public async Task<SuppressionSearchModel> PrepareSearchModelAsync(SuppressionSearchModel searchModel, int pageSize, AddSuppressionModel posted = null)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        searchModel.SetGridPageSize(pageSize);
        searchModel.AvailableReasons = await ReasonItemsAsync(searchModel.SearchReasonId);
        searchModel.AvailableReasons.Insert(0, new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0", searchModel.SearchReasonId == 0));

        searchModel.NewSuppression = posted ?? new AddSuppressionModel { ReasonId = (int)SuppressionReason.Manual };
        searchModel.NewSuppression.AvailableReasons = await ReasonItemsAsync(searchModel.NewSuppression.ReasonId);
        return searchModel;
    }

    public async Task<SuppressionListModel> PrepareListModelAsync(SuppressionSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var reason = Enum.IsDefined(typeof(SuppressionReason), searchModel.SearchReasonId) ? (SuppressionReason?)searchModel.SearchReasonId : null;
        var suppressions = await _suppressionList.SearchAsync(searchModel.SearchEmail, reason, searchModel.SearchCreatedFrom, searchModel.SearchCreatedTo,
            searchModel.Page - 1, searchModel.PageSize);

        var scenarioIds = suppressions.Select(s => s.ScenarioId).Where(id => id > 0).Distinct().ToList();
        var scenarios = _scenarioRepository.Table.Where(s => scenarioIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionary(s => s.Id, s => s.Name);
        var allMarketing = await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Suppressions.AllMarketing");
        var allMail = await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Suppressions.AllMail");
        var erased = await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Suppressions.ErasedAddress");

        var rows = new List<SuppressionModel>();
        foreach (var suppression in suppressions)
        {
            rows.Add(new SuppressionModel
            {
                Id = suppression.Id,
                Email = suppression.Email.StartsWith(SuppressionList.HashPrefix, StringComparison.Ordinal) ? erased : suppression.Email,
                CustomerId = suppression.CustomerId ?? 0,
                Scope = suppression.Reason is SuppressionReason.HardBounce or SuppressionReason.Complaint ? allMail
                    : suppression.ScenarioId == 0 ? allMarketing : scenarios.GetValueOrDefault(suppression.ScenarioId) ?? $"#{suppression.ScenarioId}",
                ReasonId = suppression.ReasonId,
                Reason = await _localizationService.GetLocalizedEnumAsync(suppression.Reason),
                Note = suppression.Note,
                CreatedOnUtc = DateTime.SpecifyKind(suppression.CreatedOnUtc, DateTimeKind.Utc)
            });
        }

        return new SuppressionListModel().PrepareToGrid(searchModel, suppressions, () => rows);
    }

    private async Task<IList<SelectListItem>> ReasonItemsAsync(int selected)
    {
        var items = new List<SelectListItem>();
        foreach (var reason in new[] { SuppressionReason.Manual, SuppressionReason.HardBounce, SuppressionReason.Complaint, SuppressionReason.Unsubscribed })
            items.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(reason), ((int)reason).ToString(), (int)reason == selected));
        return items;
    }
}
