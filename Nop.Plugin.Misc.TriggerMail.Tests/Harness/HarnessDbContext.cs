using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// The harness's ORM over the shared SQLite connection: every mapped property is a column the migrations
/// created; everything else (enum wrappers) is ignored, as in nopCommerce's linq2db mapping. Reads do not
/// track entities, like linq2db.
/// </summary>
public sealed class HarnessDbContext : DbContext
{
    private readonly HarnessDatabase _database;
    private readonly SchemaMap _schema;
    private readonly SqlLog _sqlLog;

    public HarnessDbContext(HarnessDatabase database, SchemaMap schema, SqlLog sqlLog)
    {
        _database = database;
        _schema = schema;
        _sqlLog = sqlLog;
    }

    public SchemaMap Schema => _schema;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        _database.UseIn(optionsBuilder);
        optionsBuilder
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(new SqlLogInterceptor(_sqlLog))
            .ReplaceService<IModelCacheKeyFactory, SchemaModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var type in _schema.EntityTypes)
        {
            var entity = modelBuilder.Entity(type);
            entity.ToTable(_schema.TableOf(type));
            entity.HasKey("Id");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var column = _schema.ColumnOf(type, property.Name);
                if (column is null || !property.CanWrite)
                {
                    entity.Ignore(property.Name);
                    continue;
                }

                var mapped = entity.Property(property.Name).HasColumnName(column);
                if (property.PropertyType == typeof(decimal))
                    mapped.HasConversion<double>();
                else if (property.PropertyType == typeof(decimal?))
                    mapped.HasConversion<double?>();
            }
        }
    }

    private sealed class SchemaModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime)
        {
            return (context.GetType(), ((HarnessDbContext)context)._schema.Signature, designTime);
        }
    }

    private sealed class SqlLogInterceptor : DbCommandInterceptor
    {
        private readonly SqlLog _log;

        public SqlLogInterceptor(SqlLog log)
        {
            _log = log;
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            _log.Record(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _log.Record(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            _log.Record(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            _log.Record(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            _log.Record(command.CommandText);
            return result;
        }
    }
}
