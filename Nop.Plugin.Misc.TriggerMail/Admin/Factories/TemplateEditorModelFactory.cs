using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Builds the template list and editor models from the stored templates, their localized texts and their uses,
/// and reads a posted editor as the changes <see cref="LocalizedTemplateSaver"/> writes.
/// </summary>
public class TemplateEditorModelFactory
{
    private readonly IRepository<EmailTemplate> _templateRepository;
    private readonly IRepository<Language> _languageRepository;
    private readonly ILocalizationService _localizationService;
    private readonly IStoreContext _storeContext;
    private readonly TemplateUsage _templateUsage;

    public TemplateEditorModelFactory(IRepository<EmailTemplate> templateRepository, IRepository<Language> languageRepository,
        ILocalizationService localizationService, IStoreContext storeContext, TemplateUsage templateUsage)
    {
        _templateRepository = templateRepository;
        _languageRepository = languageRepository;
        _localizationService = localizationService;
        _storeContext = storeContext;
        _templateUsage = templateUsage;
    }

    public async Task<TemplateListModel> PrepareListModelAsync(TemplateSearchModel searchModel)
    {
        var name = searchModel.SearchName?.Trim();
        var templates = await _templateRepository.GetAllPagedAsync(q => q
                .Where(t => string.IsNullOrEmpty(name) || t.Name.Contains(name))
                .OrderByDescending(t => t.IsLayout).ThenBy(t => t.Name).ThenBy(t => t.Id),
            searchModel.Page - 1, searchModel.PageSize);
        var uses = await _templateUsage.GetAllAsync();
        var languages = await LanguagesAsync();
        var letter = await ResourceAsync("Templates.Kind.Letter");
        var layout = await ResourceAsync("Templates.Kind.Layout");

        var rows = new List<TemplateListItemModel>();
        foreach (var template in templates)
        {
            var used = uses[template.Id].ToList();
            rows.Add(new TemplateListItemModel
            {
                Id = template.Id,
                Name = template.Name,
                IsLayout = template.IsLayout,
                Kind = template.IsLayout ? layout : letter,
                Languages = await LanguageNamesAsync(template, languages),
                // Marked as UTC so the grid shows it in the admin's own time zone.
                UpdatedOn = DateTime.SpecifyKind(template.UpdatedOnUtc, DateTimeKind.Utc),
                UsedBy = used.Count,
                UsedByNames = string.Join(", ", used.Select(Describe).Distinct())
            });
        }

        return new TemplateListModel().PrepareToGrid(searchModel, templates, () => rows);
    }

    /// <summary>
    /// The form for a new letter, in the store's first layout ("No layout" stays one click away), or for a new layout,
    /// starting from <see cref="DefaultLayout"/>.
    /// </summary>
    public async Task<TemplateModel> PrepareNewModelAsync(bool layout)
    {
        var model = await PrepareModelAsync(null);
        model.IsLayout = layout;
        if (layout)
        {
            model.BodyHtml = DefaultLayout.BodyHtml;
            return model;
        }

        if (model.AvailableLayouts.FirstOrDefault(l => l.Value != "0") is { } firstLayout)
        {
            model.LayoutId = int.Parse(firstLayout.Value);
            foreach (var item in model.AvailableLayouts)
                item.Selected = item == firstLayout;
        }

        return model;
    }

    /// <param name="posted">The form as posted, kept as entered when a save was refused.</param>
    public async Task<TemplateModel> PrepareModelAsync(EmailTemplate template, TemplateModel posted = null)
    {
        var model = posted ?? new TemplateModel
        {
            Id = template?.Id ?? 0,
            Name = template?.Name,
            IsLayout = template?.IsLayout ?? false,
            LayoutId = template?.LayoutId ?? 0,
            Subject = template?.Subject,
            Preheader = template?.Preheader,
            BodyHtml = template?.BodyHtml
        };

        var languages = await LanguagesAsync();
        var postedLocales = model.Locales?.Where(l => l is not null).GroupBy(l => l.LanguageId).ToDictionary(g => g.Key, g => g.First()) ?? new Dictionary<int, TemplateLocalizedModel>();
        model.Locales = new List<TemplateLocalizedModel>();
        foreach (var language in languages)
        {
            var locale = posted is not null
                ? postedLocales.GetValueOrDefault(language.Id) ?? new TemplateLocalizedModel { LanguageId = language.Id }
                : new TemplateLocalizedModel
                {
                    LanguageId = language.Id,
                    Subject = await LocalizedAsync(template, t => t.Subject, language.Id),
                    Preheader = await LocalizedAsync(template, t => t.Preheader, language.Id),
                    BodyHtml = await LocalizedAsync(template, t => t.BodyHtml, language.Id)
                };
            locale.LanguageName = language.Name;
            model.Locales.Add(locale);
        }

        var store = await _storeContext.GetCurrentStoreAsync();
        model.DefaultLanguageName = languages.FirstOrDefault(l => l.Id == store?.DefaultLanguageId)?.Name;
        model.AvailableLayouts = (await _templateRepository.GetAllAsync(q => q.Where(t => t.IsLayout).OrderBy(t => t.Name)))
            .Where(layout => layout.Id != model.Id)
            .Select(layout => new SelectListItem(layout.Name, layout.Id.ToString(), layout.Id == model.LayoutId))
            .Prepend(new SelectListItem(await ResourceAsync("Templates.NoLayout"), "0", model.LayoutId == 0))
            .ToList();
        model.AvailableFields = TemplateFieldCatalog.All.ToList();
        model.UsedBy = model.Id > 0 ? (await _templateUsage.GetAsync(model.Id)).Select(Describe).Distinct().ToList() : new List<string>();
        return model;
    }

    /// <summary>The form as the changes the template saver writes; a layout has no layout, subject or preheader of its own.</summary>
    public static TemplateChanges ToChanges(TemplateModel model) => new(
        Name: model.Name,
        IsLayout: model.IsLayout,
        LayoutId: model.IsLayout || model.LayoutId <= 0 ? null : model.LayoutId,
        Subject: model.Subject,
        Preheader: model.Preheader,
        BodyHtml: model.BodyHtml,
        Translations: (model.Locales ?? []).Where(l => l is { LanguageId: > 0 })
            .Select(l => model.IsLayout
                ? new TemplateTranslation(l.LanguageId, Subject: null, Preheader: null, l.BodyHtml)
                : new TemplateTranslation(l.LanguageId, l.Subject, l.Preheader, l.BodyHtml))
            .ToList());

    /// <summary>
    /// The form field an error belongs beside: <c>BodyHtml</c> or <c>Locales[1].BodyHtml</c>. A layout's own
    /// text is its body; a letter's layout problem belongs to the layout choice.
    /// </summary>
    public static string FieldName(TemplateModel model, int languageId, string field)
    {
        var property = field switch
        {
            TemplateFields.Layout => model.IsLayout ? nameof(TemplateModel.BodyHtml) : nameof(TemplateModel.LayoutId),
            nameof(EmailTemplate.Name) => nameof(TemplateModel.Name),
            TemplateFields.Subject => nameof(TemplateModel.Subject),
            TemplateFields.Preheader => nameof(TemplateModel.Preheader),
            _ => nameof(TemplateModel.BodyHtml)
        };
        if (languageId <= 0 || property is nameof(TemplateModel.Name) or nameof(TemplateModel.LayoutId))
            return property;

        var index = model.Locales.Select((l, i) => (l, i)).FirstOrDefault(x => x.l.LanguageId == languageId).i;
        return $"{nameof(TemplateModel.Locales)}[{index}].{property}";
    }

    public static string ErrorText(TemplateError error) =>
        error.Line > 0 ? $"Line {error.Line}, column {error.Column}: {error.Message}" : error.Message;

    private async Task<IList<Language>> LanguagesAsync() =>
        await _languageRepository.GetAllAsync(q => q.Where(l => l.Published).OrderBy(l => l.DisplayOrder).ThenBy(l => l.Id));

    private async Task<string> LanguageNamesAsync(EmailTemplate template, IList<Language> languages)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var names = new List<string>();
        foreach (var language in languages)
        {
            if (language.Id == store?.DefaultLanguageId || !string.IsNullOrEmpty(await LocalizedAsync(template, t => t.BodyHtml, language.Id))
                || !string.IsNullOrEmpty(await LocalizedAsync(template, t => t.Subject, language.Id)))
                names.Add(language.Name);
        }

        return string.Join(", ", names);
    }

    private async Task<string> LocalizedAsync(EmailTemplate template, System.Linq.Expressions.Expression<Func<EmailTemplate, string>> field, int languageId) =>
        template is null || template.Id == 0 ? null : await _localizationService.GetLocalizedAsync(template, field, languageId, false, false);

    private async Task<string> ResourceAsync(string key) => await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.{key}");

    private static string Describe(TemplateUse use) =>
        use.ScenarioId > 0 ? $"{use.ScenarioName} ({use.StepName ?? use.StepKey})" : use.StepName;
}
