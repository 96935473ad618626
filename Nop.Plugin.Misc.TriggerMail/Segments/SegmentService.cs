using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments.Compiler;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;

namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>
/// Saves segments (rules validated first), counts and previews them and answers membership for one customer.
/// Every count or membership check is one SQL statement: the rule tree compiles to a predicate over the
/// customer table with correlated subqueries, evaluated by the database. <c>storeId</c> 0 means all stores.
/// </summary>
public class SegmentService
{
    private readonly IRepository<Segment> _segmentRepository;
    private readonly SegmentTables _tables;
    private readonly TimeProvider _timeProvider;

    public SegmentService(IRepository<Segment> segmentRepository, SegmentTables tables, TimeProvider timeProvider)
    {
        _segmentRepository = segmentRepository;
        _tables = tables;
        _timeProvider = timeProvider;
    }

    /// <summary>Inserts or updates a segment; its rules must validate, and its cached count is cleared.</summary>
    /// <exception cref="SegmentRulesInvalidException">The rules name an unknown field or operator, or are malformed.</exception>
    public async Task SaveAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (string.IsNullOrWhiteSpace(segment.Name))
            throw new ArgumentException("A segment needs a name.", nameof(Segment.Name));

        var errors = SegmentRuleValidator.Validate(segment.RulesJson);
        if (errors.Count > 0)
            throw new SegmentRulesInvalidException(errors);

        var now = UtcNow();
        segment.RulesJson = SegmentRulesJson.Serialize(SegmentRulesJson.Parse(segment.RulesJson));
        segment.CachedCount = null;
        segment.CountedOnUtc = null;
        segment.UpdatedOnUtc = now;
        if (segment.Id == 0)
        {
            segment.CreatedOnUtc = now;
            await _segmentRepository.InsertAsync(segment);
        }
        else
            await _segmentRepository.UpdateAsync(segment);
    }

    /// <summary>The segment with this id, or null.</summary>
    public async Task<Segment> FindAsync(int segmentId)
    {
        return segmentId > 0 ? await _segmentRepository.GetByIdAsync(segmentId) : null;
    }

    /// <summary>Deletes a segment; callers check first that no scenario uses it (<see cref="SegmentUsage"/>).</summary>
    public async Task DeleteAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        await _segmentRepository.DeleteAsync(segment);
    }

    /// <summary>The live number of customers matching the rules: one SQL statement.</summary>
    public Task<int> CountAsync(SegmentRule rules, int storeId = 0)
    {
        return Members(rules, storeId).CountAsync();
    }

    /// <summary>The segment's count: the cached one, or a live one (stored in the cache) when asked or never counted.</summary>
    public async Task<int> CountAsync(int segmentId, bool refresh = false)
    {
        var segment = await GetSegmentAsync(segmentId);
        if (!refresh && segment.CachedCount is { } cached)
            return cached;

        var count = await CountAsync(RulesOf(segment));
        segment.CachedCount = count;
        segment.CountedOnUtc = UtcNow();
        await _segmentRepository.UpdateAsync(segment, false);
        return count;
    }

    /// <summary>A page of matching customers, by customer id, with their order count, total spent and last order.</summary>
    public Task<IPagedList<SegmentMember>> PreviewAsync(SegmentRule rules, int pageIndex, int pageSize, int storeId = 0)
    {
        var scope = Scope(storeId);
        var orders = OrderConditions.Countable(scope);
        return Members(rules, scope)
            .OrderBy(c => c.Id)
            .Select(c => new SegmentMember
            {
                CustomerId = c.Id,
                Email = c.Email,
                FirstName = c.FirstName,
                LastName = c.LastName,
                RegisteredOnUtc = c.CreatedOnUtc,
                OrderCount = orders.Count(o => o.CustomerId == c.Id),
                TotalSpent = orders.Where(o => o.CustomerId == c.Id).Sum(o => (decimal?)o.OrderTotal) ?? 0m,
                LastOrderOnUtc = orders.Where(o => o.CustomerId == c.Id).Max(o => (DateTime?)o.CreatedOnUtc)
            })
            .ToPagedListAsync(pageIndex, pageSize);
    }

    public async Task<IPagedList<SegmentMember>> PreviewAsync(int segmentId, int pageIndex, int pageSize, int storeId = 0)
    {
        return await PreviewAsync(RulesOf(await GetSegmentAsync(segmentId)), pageIndex, pageSize, storeId);
    }

    /// <summary>Whether one customer matches the rules: the same compiled predicate, narrowed to the customer's key.</summary>
    public Task<bool> IsMemberAsync(SegmentRule rules, int customerId, int storeId = 0)
    {
        return Members(rules, storeId).AnyAsync(c => c.Id == customerId);
    }

    public async Task<bool> IsMemberAsync(int segmentId, int customerId, int storeId = 0)
    {
        return await IsMemberAsync(RulesOf(await GetSegmentAsync(segmentId)), customerId, storeId);
    }

    /// <summary>The compiled predicate, for callers that filter customers further in the same statement.</summary>
    public Expression<Func<Customer, bool>> Compile(SegmentRule rules, int storeId = 0)
    {
        return SegmentCompiler.Compile(rules, Scope(storeId));
    }

    private IQueryable<Customer> Members(SegmentRule rules, int storeId) => Members(rules, Scope(storeId));

    private static IQueryable<Customer> Members(SegmentRule rules, SegmentScope scope)
    {
        return scope.Sources.Customers.Where(SegmentCompiler.Compile(rules, scope));
    }

    private SegmentScope Scope(int storeId) => new(_tables.Sources(), UtcNow(), storeId);

    private DateTime UtcNow() => _timeProvider.GetUtcNow().UtcDateTime;

    private async Task<Segment> GetSegmentAsync(int segmentId)
    {
        return await _segmentRepository.GetByIdAsync(segmentId)
            ?? throw new ArgumentException($"No segment with id {segmentId}.", nameof(segmentId));
    }

    private static SegmentRule RulesOf(Segment segment)
    {
        var errors = SegmentRuleValidator.Validate(segment.RulesJson);
        if (errors.Count > 0)
            throw new SegmentRulesInvalidException(errors.Select(e => e with { Message = $"segment '{segment.Name}': {e.Message}" }).ToList());
        return SegmentRulesJson.Parse(segment.RulesJson);
    }
}
