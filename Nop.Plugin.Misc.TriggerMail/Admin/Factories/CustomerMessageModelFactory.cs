using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// A customer's message log: every message the plugin wrote for the customer, newest first, with its delivery
/// status, opens and clicks (human and all), whether the customer unsubscribed through it, and the order credited to
/// it. One query per table for a page of messages.
/// </summary>
public class CustomerMessageModelFactory
{
    private readonly IRepository<Conversion> _conversionRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<Message> _messageRepository;
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly IRepository<ScenarioStep> _stepRepository;
    private readonly IRepository<Suppression> _suppressionRepository;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;

    public CustomerMessageModelFactory(IRepository<Conversion> conversionRepository,
        IRepository<Customer> customerRepository,
        ILocalizationService localizationService,
        IRepository<Message> messageRepository,
        IRepository<Scenario> scenarioRepository,
        IRepository<ScenarioStep> stepRepository,
        IRepository<Suppression> suppressionRepository,
        IRepository<TrackingEvent> trackingEventRepository)
    {
        _conversionRepository = conversionRepository;
        _customerRepository = customerRepository;
        _localizationService = localizationService;
        _messageRepository = messageRepository;
        _scenarioRepository = scenarioRepository;
        _stepRepository = stepRepository;
        _suppressionRepository = suppressionRepository;
        _trackingEventRepository = trackingEventRepository;
    }

    /// <returns>The page model, or null when the customer does not exist.</returns>
    public async Task<CustomerMessageSearchModel> PrepareSearchModelAsync(int customerId, int pageSize = 15)
    {
        var customer = await _customerRepository.GetByIdAsync(customerId);
        if (customer is null)
            return null;

        var model = new CustomerMessageSearchModel
        {
            CustomerId = customer.Id,
            CustomerEmail = customer.Email,
            CustomerName = string.Join(" ", new[] { customer.FirstName, customer.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))),
            MessageCount = _messageRepository.Table.Count(m => m.CustomerId == customer.Id)
        };
        model.SetGridPageSize(pageSize);
        return model;
    }

    public async Task<CustomerMessageListModel> PrepareListModelAsync(CustomerMessageSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var query = _messageRepository.Table
            .Where(m => m.CustomerId == searchModel.CustomerId)
            .OrderByDescending(m => m.CreatedOnUtc).ThenByDescending(m => m.Id);
        var total = query.Count();
        var page = query.Skip((searchModel.Page - 1) * searchModel.PageSize).Take(searchModel.PageSize).ToList();
        var messages = new PagedList<Message>(page, searchModel.Page - 1, searchModel.PageSize, total);

        var rows = await RowsAsync(page);
        return new CustomerMessageListModel().PrepareToGrid(searchModel, messages, () => rows);
    }

    private async Task<List<CustomerMessageModel>> RowsAsync(IReadOnlyList<Message> page)
    {
        var ids = page.Select(m => m.Id).ToList();
        var scenarioIds = page.Select(m => m.ScenarioId).Distinct().ToList();
        var stepKeys = page.Select(m => m.StepKey).Distinct().ToList();

        var scenarios = _scenarioRepository.Table.Where(s => scenarioIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionary(s => s.Id, s => s.Name);
        var steps = _stepRepository.Table
            .Where(s => scenarioIds.Contains(s.ScenarioId) && stepKeys.Contains(s.StepKey))
            .Select(s => new { s.ScenarioId, s.StepKey, s.ScenarioVersion, s.Name })
            .ToList()
            .GroupBy(s => (s.ScenarioId, s.StepKey))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.ScenarioVersion).First().Name);
        var events = _trackingEventRepository.Table
            .Where(e => ids.Contains(e.MessageId) && (e.EventTypeId == (int)TrackingEventType.Open || e.EventTypeId == (int)TrackingEventType.Click))
            .GroupBy(e => new { e.MessageId, e.EventTypeId, e.IsMachine })
            .Select(g => new { g.Key.MessageId, g.Key.EventTypeId, g.Key.IsMachine, Count = g.Count() })
            .ToList();
        var orders = _conversionRepository.Table
            .Where(c => ids.Contains(c.MessageId) && !c.IsHoldout)
            .Select(c => new { c.MessageId, c.OrderId })
            .ToList()
            .GroupBy(c => c.MessageId)
            .ToDictionary(g => g.Key, g => g.Min(c => c.OrderId));
        var unsubscribedNotes = page.Select(UnsubscribeNote).ToList();
        var unsubscribed = _suppressionRepository.Table
            .Where(s => s.ReasonId == (int)SuppressionReason.Unsubscribed && unsubscribedNotes.Contains(s.Note))
            .Select(s => s.Note)
            .ToHashSet();

        var rows = new List<CustomerMessageModel>();
        foreach (var message in page)
        {
            int Count(TrackingEventType type, bool humanOnly) =>
                events.Where(e => e.MessageId == message.Id && e.EventTypeId == (int)type && (!humanOnly || !e.IsMachine)).Sum(e => e.Count);

            rows.Add(new CustomerMessageModel
            {
                Id = message.Id,
                ScenarioId = message.ScenarioId,
                ScenarioName = scenarios.GetValueOrDefault(message.ScenarioId) ?? $"#{message.ScenarioId}",
                StepKey = message.StepKey,
                StepName = steps.GetValueOrDefault((message.ScenarioId, message.StepKey)) ?? message.StepKey,
                Subject = message.Subject,
                ToEmail = message.ToEmail,
                StatusId = message.StatusId,
                Status = await _localizationService.GetLocalizedEnumAsync(message.Status),
                StatusReason = message.Status is MessageStatus.Failed or MessageStatus.Suppressed or MessageStatus.Pending ? message.LastError : null,
                CreatedOnUtc = DateTime.SpecifyKind(message.CreatedOnUtc, DateTimeKind.Utc),
                SentOnUtc = message.SentOnUtc is { } sent ? DateTime.SpecifyKind(sent, DateTimeKind.Utc) : null,
                HumanOpens = Count(TrackingEventType.Open, true),
                AllOpens = Count(TrackingEventType.Open, false),
                HumanClicks = Count(TrackingEventType.Click, true),
                AllClicks = Count(TrackingEventType.Click, false),
                Unsubscribed = unsubscribed.Contains(UnsubscribeNote(message)),
                AttributedOrderId = orders.GetValueOrDefault(message.Id)
            });
        }

        return rows;
    }

    // UnsubscribeService notes the message a customer unsubscribed from on the suppression it adds.
    private static string UnsubscribeNote(Message message) => $"Unsubscribed from message {message.MessageGuid:D}";
}
