using System.Reflection;
using FluentMigrator;
using FluentMigrator.Expressions;
using Microsoft.Data.Sqlite;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Applies migrations as nopCommerce's migration manager does on install (NoMatter and Installation
/// migrations, oldest first) and uninstall (every applied migration's Down, newest first).
/// </summary>
public static class MigrationRunner
{
    public static IReadOnlyList<IMigration> InstallationMigrations(Assembly assembly)
    {
        return assembly.GetTypes()
            .Where(t => typeof(MigrationBase).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<NopMigrationAttribute>()))
            .Where(m => m.Attribute is { TargetMigrationProcess: MigrationProcessType.Installation or MigrationProcessType.NoMatter })
            .OrderBy(m => m.Attribute.Version)
            .Select(m => (IMigration)Activator.CreateInstance(m.Type))
            .ToList();
    }

    /// <summary>
    /// nopCommerce's schema Update migrations (run at every start until applied), oldest first. Data update migrations
    /// take host services in their constructors and are created from a harness scope by their own tests.
    /// </summary>
    public static IReadOnlyList<IMigration> SchemaUpdateMigrations(Assembly assembly)
    {
        return assembly.GetTypes()
            .Where(t => typeof(MigrationBase).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<NopMigrationAttribute>()))
            .Where(m => m.Attribute is { TargetMigrationProcess: MigrationProcessType.Update, IsSchemaMigration: true })
            .OrderBy(m => m.Attribute.Version)
            .Select(m => (IMigration)Activator.CreateInstance(m.Type))
            .ToList();
    }

    public static IReadOnlyList<IMigrationExpression> UpExpressions(IMigration migration, SqliteConnection connection = null)
    {
        var context = new HarnessMigrationContext { QuerySchema = connection is null ? null : new HarnessQuerySchema(connection) };
        migration.GetUpExpressions(context);
        return context.Expressions.ToList();
    }

    public static IReadOnlyList<IMigrationExpression> DownExpressions(IMigration migration)
    {
        var context = new HarnessMigrationContext();
        migration.GetDownExpressions(context);
        return context.Expressions.ToList();
    }

    public static void Up(SqliteConnection connection, IEnumerable<IMigration> migrations)
    {
        foreach (var migration in migrations)
            SqliteSchemaWriter.Apply(connection, UpExpressions(migration, connection));
    }

    public static void Down(SqliteConnection connection, IEnumerable<IMigration> migrations)
    {
        foreach (var migration in migrations.Reverse())
            SqliteSchemaWriter.Apply(connection, DownExpressions(migration));
    }
}
