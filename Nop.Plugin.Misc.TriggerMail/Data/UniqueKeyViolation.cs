using System.Reflection;

namespace Nop.Plugin.Misc.TriggerMail.Data;

/// <summary>
/// Recognises a unique-index violation from any database nopCommerce supports without referencing their
/// client libraries (the host owns them): SQL Server 2601/2627, MySQL 1062, PostgreSQL 23505, SQLite 19/2067.
/// </summary>
public static class UniqueKeyViolation
{
    public static bool IsCausedBy(Exception exception)
    {
        for (var current = exception; current != null; current = current.InnerException)
        {
            if (Matches(current))
                return true;
        }

        return false;
    }

    private static bool Matches(Exception exception)
    {
        return exception.GetType().Name switch
        {
            "SqlException" => IntProperty(exception, "Number") is 2601 or 2627,
            "MySqlException" => IntProperty(exception, "Number") is 1062 || IntProperty(exception, "ErrorCode") is 1062,
            "PostgresException" => StringProperty(exception, "SqlState") == "23505",
            "SqliteException" => IntProperty(exception, "SqliteExtendedErrorCode") is 2067 or 1555
                || (IntProperty(exception, "SqliteErrorCode") is 19 && exception.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase)),
            _ => false
        };
    }

    private static int? IntProperty(Exception exception, string name)
    {
        var value = exception.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(exception);
        return value is null ? null : Convert.ToInt32(value);
    }

    private static string StringProperty(Exception exception, string name)
    {
        return exception.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(exception) as string;
    }
}
