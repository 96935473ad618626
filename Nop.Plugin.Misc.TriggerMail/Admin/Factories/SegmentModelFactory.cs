using System.Globalization;
using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Builds the segment pages' models from the segment service: the list with cached counts and the scenarios using
/// each segment, the form with the rule builder's configuration (the rule model's own field catalogue, localized,
/// with the store's pick-lists) and the page of matching customers.
/// </summary>
public class SegmentModelFactory
{
    public const string DefaultRulesJson = "{\"group\":\"and\",\"rules\":[]}";

    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Segments.";

    private readonly IRepository<Segment> _segmentRepository;
    private readonly SegmentService _segmentService;
    private readonly SegmentUsage _segmentUsage;
    private readonly SegmentPickLists _pickLists;
    private readonly ILocalizationService _localizationService;

    public SegmentModelFactory(IRepository<Segment> segmentRepository,
        SegmentService segmentService,
        SegmentUsage segmentUsage,
        SegmentPickLists pickLists,
        ILocalizationService localizationService)
    {
        _segmentRepository = segmentRepository;
        _segmentService = segmentService;
        _segmentUsage = segmentUsage;
        _pickLists = pickLists;
        _localizationService = localizationService;
    }

    public async Task<SegmentListModel> PrepareListModelAsync(SegmentSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var query = _segmentRepository.Table;
        if (!string.IsNullOrWhiteSpace(searchModel.SearchName))
        {
            var name = searchModel.SearchName.Trim();
            query = query.Where(s => s.Name.Contains(name));
        }

        var segments = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).ToPagedListAsync(searchModel.Page - 1, searchModel.PageSize);
        var usage = await _segmentUsage.ScenariosBySegmentAsync();
        return new SegmentListModel().PrepareToGrid(searchModel, segments, () => segments.Select(segment =>
        {
            var scenarios = usage.TryGetValue(segment.Id, out var used) ? used : [];
            return new SegmentListItemModel
            {
                Id = segment.Id,
                Name = segment.Name,
                Description = segment.Description,
                CachedCount = segment.CachedCount,
                CountedOnUtc = AsUtc(segment.CountedOnUtc),
                ScenarioCount = scenarios.Count,
                ScenarioNames = string.Join(", ", scenarios.Select(s => s.Name))
            };
        }));
    }

    /// <param name="segment">The saved segment, or null for a new one.</param>
    /// <param name="posted">What the admin posted, kept as entered when it is shown again with errors.</param>
    public async Task<SegmentModel> PrepareModelAsync(Segment segment, SegmentModel posted = null)
    {
        var model = posted ?? new SegmentModel
        {
            Id = segment?.Id ?? 0,
            Name = segment?.Name,
            Description = segment?.Description,
            RulesJson = segment?.RulesJson ?? DefaultRulesJson
        };

        if (segment is not null)
        {
            model.CachedCount = segment.CachedCount;
            model.CountedOnUtc = AsUtc(segment.CountedOnUtc);
            model.ScenarioNames = (await _segmentUsage.ScenariosUsingAsync(segment.Id)).Select(s => s.Name).ToList();
        }

        model.RuleBuilderJson = await PrepareRuleBuilderJsonAsync();
        model.RuleErrorsJson = JsonSerializer.Serialize(posted is null ? [] : ErrorModels(SegmentRuleValidator.Validate(model.RulesJson)));
        return model;
    }

    public async Task<SegmentMemberSearchModel> PrepareMemberSearchModelAsync(Segment segment, int pageSize)
    {
        var searchModel = new SegmentMemberSearchModel { SegmentId = segment.Id, SegmentName = segment.Name };
        searchModel.SetGridPageSize(pageSize);
        searchModel.Count = await _segmentService.CountAsync(segment.Id, refresh: true);
        return searchModel;
    }

    public async Task<SegmentMemberListModel> PrepareMemberListModelAsync(SegmentMemberSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var members = await _segmentService.PreviewAsync(searchModel.SegmentId, searchModel.Page - 1, searchModel.PageSize);
        return new SegmentMemberListModel().PrepareToGrid(searchModel, members, () => members.Select(member => new SegmentMemberModel
        {
            Id = member.CustomerId,
            Email = member.Email,
            FullName = string.Join(" ", new[] { member.FirstName, member.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))),
            RegisteredOnUtc = DateTime.SpecifyKind(member.RegisteredOnUtc, DateTimeKind.Utc),
            OrderCount = member.OrderCount,
            TotalSpent = member.TotalSpent.ToString("N2", CultureInfo.CurrentCulture),
            LastOrderOnUtc = AsUtc(member.LastOrderOnUtc)
        }));
    }

    public static List<SegmentRuleErrorModel> ErrorModels(IEnumerable<SegmentRuleError> errors)
    {
        return errors.Select(e => new SegmentRuleErrorModel { Path = e.Path, Message = e.Message }).ToList();
    }

    /// <summary>
    /// The rule builder's configuration: the catalogue's fields with their operators, value kinds and options (the
    /// rule model is the one source; the page only adds labels and pick-lists), and the texts it shows.
    /// </summary>
    public async Task<string> PrepareRuleBuilderJsonAsync()
    {
        var fields = new List<object>();
        foreach (var field in SegmentFieldCatalog.All)
            fields.Add(new
            {
                field.Name,
                field.Family,
                Label = await TextAsync("Field." + field.Name),
                Operators = field.Operators.Select(o => new { o.Name, ValueKind = o.ValueKind.ToString() }),
                field.Options,
                List = SegmentPickLists.ListOfField.GetValueOrDefault(field.Name)
            });

        var families = new Dictionary<string, string>();
        foreach (var family in SegmentFieldCatalog.All.Select(f => f.Family).Distinct())
            families[family] = await TextAsync("Family." + family);
        var operators = new Dictionary<string, string>();
        foreach (var name in SegmentFieldCatalog.All.SelectMany(f => f.Operators).Select(o => o.Name).Distinct())
            operators[name] = await TextAsync("Operator." + name);
        var groups = new Dictionary<string, string>();
        foreach (var group in SegmentGroups.All)
            groups[group] = await TextAsync("Group." + group);
        var options = new Dictionary<string, object>();
        foreach (var option in SegmentFieldCatalog.All.SelectMany(f => f.Options).Distinct())
            options[option] = new { Label = await TextAsync("Option." + option), List = SegmentPickLists.ListOfField.GetValueOrDefault(option) };
        var texts = new Dictionary<string, string>();
        foreach (var text in BuilderTexts)
            texts[text] = await TextAsync("Builder." + text);

        return JsonSerializer.Serialize(new
        {
            Fields = fields,
            Families = families,
            Operators = operators,
            Groups = groups,
            Options = options,
            Lists = await _pickLists.LoadAsync(),
            Texts = texts
        });
    }

    /// <summary>The rule builder's own texts (Plugins.Misc.TriggerMail.Segments.Builder.*).</summary>
    public static IReadOnlyList<string> BuilderTexts { get; } =
    [
        "AddCondition", "AddGroup", "Remove", "Yes", "No", "Ids", "Texts", "Days", "EmptyGroup", "LiveCount",
        "Counting", "Invalid", "AllStores", "InStore", "NotJson", "Options"
    ];

    private Task<string> TextAsync(string key) => _localizationService.GetResourceAsync(Texts + key);

    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
