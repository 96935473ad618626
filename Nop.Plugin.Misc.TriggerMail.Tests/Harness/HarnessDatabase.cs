using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Where the harness keeps its SQLite database: in memory on one shared connection (tests, sequential), or in a
/// file with a connection per unit of work (benchmarks and races that need real concurrency; WAL journal).
/// </summary>
public sealed class HarnessDatabase : IDisposable
{
    private readonly string _connectionString;

    private HarnessDatabase(string connectionString, bool shared)
    {
        _connectionString = connectionString;
        Shared = shared;
        Connection = new SqliteConnection(connectionString);
        Connection.Open();
        if (!shared)
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    }

    /// <summary>The connection that lives as long as the database: DDL, raw SQL, and every query when shared.</summary>
    public SqliteConnection Connection { get; }

    public bool Shared { get; }

    /// <summary>
    /// SQLite takes one writer at a time and its busy handler backs off by sleeping; queueing writers in process
    /// instead keeps concurrent writes fast, as a server database would.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public static HarnessDatabase InMemory() => new("Data Source=:memory:", shared: true);

    public static HarnessDatabase InFile(string path) => new($"Data Source={path};Pooling=True;Default Timeout=60", shared: false);

    public void UseIn(DbContextOptionsBuilder optionsBuilder)
    {
        if (Shared)
            optionsBuilder.UseSqlite(Connection);
        else
            optionsBuilder.UseSqlite(_connectionString).AddInterceptors(NormalSyncInterceptor.Instance);
    }

    // WAL with synchronous=NORMAL syncs at checkpoints rather than at every commit, as a server database's group
    // commit would; the pragma is per connection, so every pooled connection gets it when opened.
    private sealed class NormalSyncInterceptor : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public static readonly NormalSyncInterceptor Instance = new();

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public int Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
