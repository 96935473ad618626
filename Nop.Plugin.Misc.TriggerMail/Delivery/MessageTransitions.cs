using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// The sender's message rows: reads, and every status change as <see cref="MessageMoves"/> allows it, only from the
/// status the caller read (<see cref="StatusMoveLog"/>). A refused move writes nothing, so the row stays as the mover
/// that won left it.
/// </summary>
public class MessageTransitions
{
    private readonly IRepository<Message> _messages;
    private readonly StatusMoveLog _moves;

    public MessageTransitions(IRepository<Message> messages, StatusMoveLog moves)
    {
        _messages = messages;
        _moves = moves;
    }

    public Task<Message> GetAsync(int messageId) => _messages.GetByIdAsync(messageId);

    /// <summary>Messages left in Sending after their lease ran out (a crash mid-send).</summary>
    public Task<IList<Message>> InterruptedAsync(DateTime utcNow) => _messages.GetAllAsync(q => q
        .Where(m => m.StatusId == (int)MessageStatus.Sending && m.LockedUntilUtc < utcNow).Take(100));

    /// <summary>
    /// Moves the message from the status it was read in to <paramref name="to"/>, saving the caller's other changes to
    /// it with the move. False (nothing written) when the table refuses the move or another mover moved it first.
    /// </summary>
    public async Task<bool> TryMoveAsync(Message message, MessageStatus to, string note = null, bool publishEvent = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = message.Status;
        if (!MessageMoves.IsAllowed(from, to)
            || await _moves.TryRecordAsync(StatusSubject.Message, message.Id, (int)from, (int)to, note ?? $"{from} → {to}") is null)
        {
            await RollForwardAsync(message.Id);
            return false;
        }

        message.Status = to;
        await _messages.UpdateAsync(message, publishEvent);
        return true;
    }

    // A mover that died between its move row and the message's update leaves the row behind its latest move. A
    // message rolled forward to Sending gets a lease that has run out, so recovery fails it: whether it left is unknown.
    private async Task RollForwardAsync(int messageId)
    {
        var latest = await _moves.LatestAsync(StatusSubject.Message, messageId);
        var stored = await _messages.GetByIdAsync(messageId);
        if (latest is null || stored is null || stored.StatusId == latest.ToStatusId)
            return;

        stored.StatusId = latest.ToStatusId;
        if (stored.Status == MessageStatus.Sending)
            stored.LockedUntilUtc = latest.CreatedOnUtc;
        await _messages.UpdateAsync(stored, false);
    }
}
