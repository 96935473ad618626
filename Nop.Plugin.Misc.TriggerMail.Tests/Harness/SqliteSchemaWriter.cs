using System.Data;
using System.Text;
using FluentMigrator.Expressions;
using FluentMigrator.Model;
using Microsoft.Data.Sqlite;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Turns FluentMigrator expressions into SQLite DDL, the way FluentMigrator's SQLite generator would, so the
/// harness schema is exactly what the plugin's migration declares (its unique indexes included).
/// Strings compare case-insensitively, as on nopCommerce's default SQL Server collation.
/// </summary>
public static class SqliteSchemaWriter
{
    public static IEnumerable<string> ToSql(IMigrationExpression expression)
    {
        switch (expression)
        {
            case CreateTableExpression table:
                yield return CreateTable(table);
                foreach (var column in table.Columns.Where(c => c.IsUnique))
                    yield return CreateIndex(new IndexDefinition { TableName = table.TableName, IsUnique = true, Columns = { new IndexColumnDefinition { Name = column.Name } } });
                break;
            case CreateIndexExpression index:
                yield return CreateIndex(index.Index);
                break;
            case DeleteIndexExpression index:
                yield return $"DROP INDEX IF EXISTS {Quote(IndexName(index.Index))}";
                break;
            case AlterTableExpression:
                break;
            case CreateColumnExpression column:
                yield return $"ALTER TABLE {Quote(column.TableName)} ADD COLUMN {ColumnSql(column.Column)}";
                break;
            case DeleteTableExpression table:
                yield return $"DROP TABLE {(table.IfExists ? "IF EXISTS " : string.Empty)}{Quote(table.TableName)}";
                break;
            default:
                throw new NotSupportedException($"The harness cannot apply a {expression.GetType().Name}.");
        }
    }

    public static void Apply(SqliteConnection connection, IEnumerable<IMigrationExpression> expressions)
    {
        foreach (var sql in expressions.SelectMany(ToSql))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    private static string CreateTable(CreateTableExpression table)
    {
        var sql = new StringBuilder($"CREATE TABLE {Quote(table.TableName)} (");
        sql.AppendJoin(", ", table.Columns.Select(ColumnSql));
        sql.Append(')');
        return sql.ToString();
    }

    private static string ColumnSql(ColumnDefinition column)
    {
        if (column.IsPrimaryKey && column.IsIdentity)
            return $"{Quote(column.Name)} INTEGER PRIMARY KEY AUTOINCREMENT";

        var sql = new StringBuilder($"{Quote(column.Name)} {TypeOf(column)}");
        if (column.IsNullable != true)
            sql.Append(" NOT NULL");
        if (column.DefaultValue is not ColumnDefinition.UndefinedDefaultValue and not null)
            sql.Append(" DEFAULT ").Append(Literal(column.DefaultValue));
        if (column.IsPrimaryKey)
            sql.Append(" PRIMARY KEY");
        return sql.ToString();
    }

    private static string TypeOf(ColumnDefinition column)
    {
        if (column.CustomType is not null)
            return column.CustomType;

        return column.Type switch
        {
            DbType.Int16 or DbType.Int32 or DbType.Int64 or DbType.Boolean or DbType.Byte => "INTEGER",
            DbType.String or DbType.AnsiString or DbType.StringFixedLength or DbType.AnsiStringFixedLength => "TEXT COLLATE NOCASE",
            DbType.Decimal or DbType.Currency or DbType.Double or DbType.Single => "REAL",
            DbType.DateTime or DbType.DateTime2 or DbType.Date or DbType.DateTimeOffset => "TEXT",
            DbType.Guid => "TEXT",
            DbType.Binary => "BLOB",
            _ => throw new NotSupportedException($"Column {column.TableName}.{column.Name} has type {column.Type}, which the harness does not map.")
        };
    }

    private static string CreateIndex(IndexDefinition index)
    {
        var columns = string.Join(", ", index.Columns.Select(c => $"{Quote(c.Name)} {(c.Direction == Direction.Descending ? "DESC" : "ASC")}"));
        return $"CREATE {(index.IsUnique ? "UNIQUE " : string.Empty)}INDEX {Quote(IndexName(index))} ON {Quote(index.TableName)} ({columns})";
    }

    // nopCommerce's index convention names unnamed indexes from table and columns.
    private static string IndexName(IndexDefinition index)
    {
        return index.Name ?? $"IX_{index.TableName}_{string.Join("_", index.Columns.Select(c => c.Name))}";
    }

    private static string Literal(object value)
    {
        return value switch
        {
            bool b => b ? "1" : "0",
            string s => $"'{s.Replace("'", "''")}'",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => $"'{value}'"
        };
    }

    private static string Quote(string name) => $"\"{name}\"";
}
