using System.Linq.Expressions;
using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Customers who share a local calendar: those with one stored time-zone id, or those on the store's default.
/// </summary>
public sealed record ZoneGroup(string Key, Expression<Func<Customer, bool>> Members, TimeZoneInfo Zone);
