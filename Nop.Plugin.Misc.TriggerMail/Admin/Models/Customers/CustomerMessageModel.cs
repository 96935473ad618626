using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;

/// <summary>One row of a customer's message log. Dates are UTC.</summary>
public record CustomerMessageModel : BaseNopEntityModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".CustomerMessages.Fields.";

    public int ScenarioId { get; set; }

    [NopResourceDisplayName(Fields + nameof(ScenarioName))]
    public string ScenarioName { get; set; }

    public string StepKey { get; set; }

    [NopResourceDisplayName(Fields + nameof(StepName))]
    public string StepName { get; set; }

    [NopResourceDisplayName(Fields + nameof(Subject))]
    public string Subject { get; set; }

    public string ToEmail { get; set; }

    public int StatusId { get; set; }

    [NopResourceDisplayName(Fields + nameof(Status))]
    public string Status { get; set; }

    /// <summary>Why a message failed or was suppressed (the last error), empty otherwise.</summary>
    [NopResourceDisplayName(Fields + nameof(StatusReason))]
    public string StatusReason { get; set; }

    [NopResourceDisplayName(Fields + nameof(CreatedOnUtc))]
    public DateTime CreatedOnUtc { get; set; }

    [NopResourceDisplayName(Fields + nameof(SentOnUtc))]
    public DateTime? SentOnUtc { get; set; }

    [NopResourceDisplayName(Fields + nameof(HumanOpens))]
    public int HumanOpens { get; set; }

    public int AllOpens { get; set; }

    [NopResourceDisplayName(Fields + nameof(HumanClicks))]
    public int HumanClicks { get; set; }

    public int AllClicks { get; set; }

    [NopResourceDisplayName(Fields + nameof(Unsubscribed))]
    public bool Unsubscribed { get; set; }

    /// <summary>The order credited to this message, 0 when none.</summary>
    [NopResourceDisplayName(Fields + nameof(AttributedOrderId))]
    public int AttributedOrderId { get; set; }
}
