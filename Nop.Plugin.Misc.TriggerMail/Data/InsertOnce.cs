using Nop.Core;
using Nop.Data;

namespace Nop.Plugin.Misc.TriggerMail.Data;

/// <summary>
/// "Write this row unless it exists" for rows that carry a unique key. Every server of a web farm runs the same
/// tasks and consumers at once, so a read-then-insert check races; the unique index is the only arbiter. The
/// insert is attempted, and a violation of that index means another writer got there first: the row exists,
/// which is the outcome the caller wanted, so it is reported as <c>false</c> instead of thrown. Any other
/// failure propagates.
/// </summary>
public static class InsertOnce
{
    /// <summary>True when this call inserted the row; false when a row with its unique key already existed.</summary>
    /// <param name="publishEvent">The plugin's own rows have no event consumers, so by default none is published.</param>
    public static async Task<bool> InsertOnceAsync<TEntity>(this IRepository<TEntity> repository, TEntity entity, bool publishEvent = false)
        where TEntity : BaseEntity
    {
        try
        {
            await repository.InsertAsync(entity, publishEvent);
            return true;
        }
        catch (Exception exception) when (UniqueKeyViolation.IsCausedBy(exception))
        {
            return false;
        }
    }

    /// <summary>
    /// All or nothing: nopCommerce inserts a list in one transaction, so when one of the rows' keys is taken
    /// none is left behind and the result is false.
    /// </summary>
    public static async Task<bool> InsertOnceAsync<TEntity>(this IRepository<TEntity> repository, IList<TEntity> entities, bool publishEvent = false)
        where TEntity : BaseEntity
    {
        try
        {
            await repository.InsertAsync(entities, publishEvent);
            return true;
        }
        catch (Exception exception) when (UniqueKeyViolation.IsCausedBy(exception))
        {
            return false;
        }
    }
}
