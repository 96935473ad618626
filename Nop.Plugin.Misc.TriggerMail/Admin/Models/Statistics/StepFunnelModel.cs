using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <summary>One send step of the funnel: messages written (entered), delivered, opened by a person, clicked, ordered.</summary>
public record StepFunnelModel : BaseNopModel
{
    public string StepKey { get; set; }

    public string Name { get; set; }

    public int Entered { get; set; }

    public int Sent { get; set; }

    public int Opened { get; set; }

    public int Clicked { get; set; }

    public int Ordered { get; set; }

    public decimal Revenue { get; set; }

    public double OpenRate { get; set; }

    public double ClickRate { get; set; }

    public double OrderRate { get; set; }
}
