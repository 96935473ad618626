using FluentMigrator;
using Microsoft.Data.Sqlite;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>A migration's schema checks (does this table, this column exist) answered from the harness's SQLite database.</summary>
public sealed class HarnessQuerySchema : IQuerySchema
{
    private readonly SqliteConnection _connection;

    public HarnessQuerySchema(SqliteConnection connection)
    {
        _connection = connection;
    }

    public bool TableExists(string schemaName, string tableName) =>
        Count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", tableName)) > 0;

    public bool ColumnExists(string schemaName, string tableName, string columnName) =>
        Count("SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $name", ("$table", tableName), ("$name", columnName)) > 0;

    private long Count(string sql, params (string Name, string Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return (long)command.ExecuteScalar()!;
    }
}
