namespace Nop.Plugin.Misc.TriggerMail.Common.Core;

/// <summary>Whose status a <c>StatusMove</c> row moved. Persisted as int: values are never renumbered.</summary>
public enum StatusSubject
{
    Scenario = 10,
    Message = 20
}
