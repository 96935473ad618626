using System.Linq.Expressions;
using Nop.Core;

namespace System.Linq;

// The real bodies run through linq2db's async provider; over any other IQueryable the synchronous
// operator is the simplest correct equivalent.
public static class AsyncIQueryableExtensions
{
    public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null)
    {
        return Task.FromResult(predicate == null ? source.Any() : source.Any(predicate));
    }

    public static Task<int> CountAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null)
    {
        return Task.FromResult(predicate == null ? source.Count() : source.Count(predicate));
    }

    public static Task<TSource> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null)
    {
        return Task.FromResult(predicate == null ? source.FirstOrDefault() : source.FirstOrDefault(predicate));
    }

    public static Task<TResult> MaxAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> predicate)
    {
        return Task.FromResult(source.Max(predicate));
    }

    public static Task<TResult> MinAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> predicate)
    {
        return Task.FromResult(source.Min(predicate));
    }

    public static Task<decimal> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, decimal>> predicate)
    {
        return Task.FromResult(source.Sum(predicate));
    }

    public static Task<int> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int>> predicate)
    {
        return Task.FromResult(source.Sum(predicate));
    }

    public static Task<List<TSource>> ToListAsync<TSource>(this IQueryable<TSource> source)
    {
        return Task.FromResult(source.ToList());
    }

    public static Task<TSource[]> ToArrayAsync<TSource>(this IQueryable<TSource> source)
    {
        return Task.FromResult(source.ToArray());
    }

    public static Task<Dictionary<TKey, TSource>> ToDictionaryAsync<TSource, TKey>(this IQueryable<TSource> source,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer = null) where TKey : notnull
    {
        return Task.FromResult(source.ToDictionary(keySelector, comparer));
    }

    public static async Task<IPagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, int pageIndex, int pageSize, bool getOnlyTotalCount = false)
    {
        if (source == null)
            return new PagedList<T>(new List<T>(), pageIndex, pageSize);

        pageSize = Math.Max(pageSize, 1);
        var count = await source.CountAsync();
        var data = new List<T>();
        if (!getOnlyTotalCount)
            data.AddRange(await source.Skip(pageIndex * pageSize).Take(pageSize).ToListAsync());

        return new PagedList<T>(data, pageIndex, pageSize, count);
    }
}
