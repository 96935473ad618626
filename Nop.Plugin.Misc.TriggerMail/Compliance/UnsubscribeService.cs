using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>
/// Unsubscribes the recipient of a signed token. Idempotent: repeating it (mail clients retry one-click
/// POSTs) changes nothing. The suppression is read at send time, so it applies before the next send.
/// </summary>
public class UnsubscribeService
{
    private readonly UnsubscribeLinks _links;
    private readonly IRepository<Message> _messageRepository;
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly SuppressionList _suppressionList;

    public UnsubscribeService(UnsubscribeLinks links, IRepository<Message> messageRepository, IRepository<Scenario> scenarioRepository,
        SuppressionList suppressionList)
    {
        _links = links;
        _messageRepository = messageRepository;
        _scenarioRepository = scenarioRepository;
        _suppressionList = suppressionList;
    }

    /// <summary>What the token points at, or null for a forged, malformed or orphaned token.</summary>
    public async Task<UnsubscribeRequest> ReadAsync(string token)
    {
        if (_links.MessageGuidOf(token) is not { } guid)
            return null;

        var message = (await _messageRepository.GetAllAsync(q => q.Where(m => m.MessageGuid == guid))).FirstOrDefault();
        if (message is null || string.IsNullOrWhiteSpace(message.ToEmail))
            return null;

        var scenario = await _scenarioRepository.GetByIdAsync(message.ScenarioId);
        return new UnsubscribeRequest(message.Id, message.ScenarioId, scenario?.Name, message.ToEmail, message.StoreId);
    }

    /// <summary>False when the token is not valid; true once the address is suppressed (also when it already was).</summary>
    public async Task<bool> UnsubscribeAsync(string token, UnsubscribeScope scope)
    {
        if (await ReadAsync(token) is not { } request)
            return false;

        var message = await _messageRepository.GetByIdAsync(request.MessageId);
        var scenarioId = scope == UnsubscribeScope.AllMarketing ? 0 : request.ScenarioId;
        await _suppressionList.AddAsync(request.Email, message.CustomerId > 0 ? message.CustomerId : null, scenarioId,
            SuppressionReason.Unsubscribed, $"Unsubscribed from message {message.MessageGuid:D}");
        return true;
    }
}
