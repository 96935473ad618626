using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Core.Events;
using Nop.Data;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// <see cref="IRepository{TEntity}"/> over the harness database with nopCommerce's semantics: soft delete for
/// <see cref="ISoftDeletedEntity"/>, entity events only when asked, a bulk predicate delete without events.
/// </summary>
public sealed class HarnessRepository<TEntity> : IRepository<TEntity> where TEntity : BaseEntity
{
    private readonly HarnessDatabase _database;
    private readonly HarnessDbContext _db;
    private readonly IEventPublisher _eventPublisher;
    private readonly SqlLog _sqlLog;

    public HarnessRepository(HarnessDatabase database, HarnessDbContext db, IEventPublisher eventPublisher, SqlLog sqlLog)
    {
        _sqlLog = sqlLog;
        _database = database;
        _db = db;
        _eventPublisher = eventPublisher;
    }

    public IQueryable<TEntity> Table => _db.Set<TEntity>().AsNoTracking();

    public Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true, bool useShortTermCache = false)
    {
        if (!id.HasValue || id == 0)
            return Task.FromResult<TEntity>(null);

        return Task.FromResult(Filter(Table, includeDeleted).FirstOrDefault(e => e.Id == id.Value));
    }

    public Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        if (ids is null || ids.Count == 0)
            return Task.FromResult<IList<TEntity>>(new List<TEntity>());

        var byId = Filter(Table, includeDeleted).Where(e => ids.Contains(e.Id)).ToDictionary(e => e.Id);
        return Task.FromResult<IList<TEntity>>(ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList());
    }

    public Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        var query = Filter(Table, includeDeleted);
        return Task.FromResult<IList<TEntity>>((func?.Invoke(query) ?? query).ToList());
    }

    public async Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true)
    {
        var query = Filter(Table, includeDeleted);
        return await (func?.Invoke(query) ?? query).ToPagedListAsync(pageIndex, pageSize, getOnlyTotalCount);
    }

    public async Task InsertAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await SaveAsync(() => _db.Add(entity));
        if (publishEvent)
            await _eventPublisher.PublishAsync(new EntityInsertedEvent<TEntity>(entity));
    }

    public async Task InsertAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);
        await BulkInsertAsync(entities);
        if (publishEvent)
            foreach (var entity in entities)
                await _eventPublisher.PublishAsync(new EntityInsertedEvent<TEntity>(entity));
    }

    public async Task UpdateAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await SaveAsync(() => _db.Update(entity));
        if (publishEvent)
            await _eventPublisher.PublishAsync(new EntityUpdatedEvent<TEntity>(entity));
    }

    /// <summary>The host's synchronous variant, which its migrations call; the harness database is local, so blocking is harmless.</summary>
    public void Update(TEntity entity, bool publishEvent = true) => UpdateAsync(entity, publishEvent).GetAwaiter().GetResult();

    public async Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);
        await SaveAsync(() => _db.UpdateRange(entities));
        if (publishEvent)
            foreach (var entity in entities)
                await _eventPublisher.PublishAsync(new EntityUpdatedEvent<TEntity>(entity));
    }

    public async Task DeleteAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await DeleteAsync(new List<TEntity> { entity }, publishEvent);
    }

    public void Delete(TEntity entity, bool publishEvent = true) => DeleteAsync(entity, publishEvent).GetAwaiter().GetResult();

    public async Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (typeof(ISoftDeletedEntity).IsAssignableFrom(typeof(TEntity)))
        {
            foreach (var entity in entities.Cast<ISoftDeletedEntity>())
                entity.Deleted = true;
            await SaveAsync(() => _db.UpdateRange(entities));
        }
        else
            await SaveAsync(() => _db.RemoveRange(entities));

        if (publishEvent)
            foreach (var entity in entities)
                await _eventPublisher.PublishAsync(new EntityDeletedEvent<TEntity>(entity));
    }

    public async Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        await _database.WriteGate.WaitAsync();
        try
        {
            return await _db.Set<TEntity>().Where(predicate).ExecuteDeleteAsync();
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    private async Task SaveAsync(Action track)
    {
        await _database.WriteGate.WaitAsync();
        try
        {
            track();
            await _db.SaveChangesAsync();
        }
        finally
        {
            // linq2db keeps no identity map: nothing stays attached between calls, failed or not.
            _db.ChangeTracker.Clear();
            _database.WriteGate.Release();
        }
    }

    // nopCommerce bulk-copies a list (linq2db BulkCopy, identities retrieved first, in one transaction) instead of
    // inserting entity by entity; the harness does the same with one prepared INSERT of explicit ids run per row,
    // values bound by EF's own type mappings (as a query would compare them).
    private async Task BulkInsertAsync(IList<TEntity> entities)
    {
        if (entities.Count == 0)
            return;

        var entityType = _db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var table = entityType.GetTableName();
        var properties = entityType.GetProperties().ToList();
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})";
        await _database.WriteGate.WaitAsync();
        try
        {
            await using var transaction = await _db.Database.BeginTransactionAsync();
            var nextId = NextId(table);
            for (var i = 0; i < entities.Count; i++)
                entities[i].Id = nextId + i;

            await using var command = _db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = sql;
            _sqlLog.Record(sql);
            foreach (var entity in entities)
            {
                command.Parameters.Clear();
                for (var i = 0; i < properties.Count; i++)
                    command.Parameters.Add(properties[i].GetRelationalTypeMapping().CreateParameter(command, "@p" + i, properties[i].PropertyInfo!.GetValue(entity), properties[i].IsNullable));
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
        catch
        {
            foreach (var entity in entities)
                entity.Id = 0;
            throw;
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    // As AUTOINCREMENT would: after the highest id the table ever handed out, so a deleted row's id is never reused.
    private int NextId(string table)
    {
        using var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT COALESCE(MAX(x), 0) FROM (SELECT MAX(\"Id\") AS x FROM \"{table}\" UNION ALL SELECT seq FROM sqlite_sequence WHERE name = '{table}')";
        return Convert.ToInt32(command.ExecuteScalar()) + 1;
    }

    private static IQueryable<TEntity> Filter(IQueryable<TEntity> query, bool includeDeleted)
    {
        if (includeDeleted || !typeof(ISoftDeletedEntity).IsAssignableFrom(typeof(TEntity)))
            return query;

        return query.Where(e => !((ISoftDeletedEntity)e).Deleted);
    }
}
