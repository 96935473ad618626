using FluentMigrator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Events;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// A store on a real SQL database (in-memory SQLite): the host tables the plugin reads, the plugin's tables from
/// its own migration, the plugin's real startup, consumers and scheduled tasks, a clock the test sets and a
/// recording email sender. Host services the plugin only calls are in-memory equivalents.
/// </summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public static readonly DateTime DefaultNow = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly HarnessDatabase _database;
    private readonly ServiceProvider _services;

    private StoreHarness(DateTime utcNow, string databasePath, Action<IServiceCollection> configureServices)
    {
        _database = databasePath is null ? HarnessDatabase.InMemory() : HarnessDatabase.InFile(databasePath);

        var hostSchema = new HostSchemaMigration();
        MigrationRunner.Up(_database.Connection, [hostSchema]);

        var expressions = MigrationRunner.UpExpressions(hostSchema)
            .Concat(PluginMigrations.SelectMany(m => MigrationRunner.UpExpressions(m)));
        var entityTypes = HostSchemaMigration.EntityTypes
            .Concat(PluginAssembly.GetTypes().Where(t => typeof(BaseEntity).IsAssignableFrom(t) && !t.IsAbstract));
        Schema = new SchemaMap(entityTypes, expressions);

        Clock = new TestClock(utcNow);
        _services = BuildServices(configureServices);
        Events = _services.GetRequiredService<HarnessEventPublisher>();
    }

    public static System.Reflection.Assembly PluginAssembly => typeof(TriggerMailPlugin).Assembly;

    /// <summary>Every service type the harness registers, so a web host can resolve them from a harness scope.</summary>
    public static IReadOnlyList<Type> RequestServiceTypes { get; private set; } = [];

    public static IReadOnlyList<IMigration> PluginMigrations => MigrationRunner.InstallationMigrations(PluginAssembly);

    public SchemaMap Schema { get; }

    public HarnessDatabase Database => _database;

    public TestClock Clock { get; }

    public RecordingEmailSender Mail { get; } = new();

    public InMemorySettingService Settings { get; } = new();

    public InMemoryLocalizationService Locales { get; } = new();

    public InMemoryPermissionService Permissions { get; } = new();

    public HarnessStoreContext StoreContext { get; } = new();

    public InMemoryGdprService Gdpr { get; } = new();

    public SqlLog SqlLog { get; } = new();

    public RecordingLogger Log { get; } = new();

    public HarnessEventPublisher Events { get; }

    /// <summary>The raw database connection, for bulk seeding in benchmarks (plain SQL, no ORM, no events).</summary>
    public SqliteConnection Connection => _database.Connection;

    public bool PluginInstalled { get; private set; }

    /// <param name="databasePath">A file for a database that takes concurrent requests; in memory when null.</param>
    /// <param name="configureServices">Adds or replaces services after the plugin's own (e.g. a host consumer that throws).</param>
    public static async Task<StoreHarness> StartAsync(bool installPlugin = true, DateTime? utcNow = null,
        Action<IServiceCollection> configureServices = null, string databasePath = null)
    {
        var harness = new StoreHarness(utcNow ?? DefaultNow, databasePath, configureServices);
        if (installPlugin)
            await harness.InstallPluginAsync();
        return harness;
    }

    public IServiceScope CreateScope() => _services.CreateScope();

    /// <summary>What nopCommerce does when the admin installs the plugin and the application restarts.</summary>
    public async Task InstallPluginAsync()
    {
        MigrationRunner.Up(_database.Connection, PluginMigrations);
        using (var scope = CreateScope())
            await scope.ServiceProvider.GetRequiredService<TriggerMailPlugin>().InstallAsync();

        Permissions.InsertPermissions(PluginAssembly.GetTypes()
            .Where(t => typeof(IPermissionConfigManager).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (IPermissionConfigManager)Activator.CreateInstance(t)));
        PluginInstalled = true;
    }

    /// <summary>What nopCommerce does on uninstall: the plugin's UninstallAsync, then every migration's Down.</summary>
    public async Task UninstallPluginAsync()
    {
        using (var scope = CreateScope())
            await scope.ServiceProvider.GetRequiredService<TriggerMailPlugin>().UninstallAsync();

        MigrationRunner.Down(_database.Connection, PluginMigrations);
        PluginInstalled = false;
    }

    public async Task<TEntity> InsertAsync<TEntity>(TEntity entity, bool publishEvent = true) where TEntity : BaseEntity
    {
        using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRepository<TEntity>>().InsertAsync(entity, publishEvent);
        return entity;
    }

    public async Task UpdateAsync<TEntity>(TEntity entity, bool publishEvent = true) where TEntity : BaseEntity
    {
        using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRepository<TEntity>>().UpdateAsync(entity, publishEvent);
    }

    public async Task DeleteAsync<TEntity>(TEntity entity, bool publishEvent = true) where TEntity : BaseEntity
    {
        using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRepository<TEntity>>().DeleteAsync(entity, publishEvent);
    }

    public List<TEntity> Query<TEntity>(Func<IQueryable<TEntity>, IQueryable<TEntity>> query = null) where TEntity : BaseEntity
    {
        using var scope = CreateScope();
        var table = scope.ServiceProvider.GetRequiredService<IRepository<TEntity>>().Table;
        return (query?.Invoke(table) ?? table).ToList();
    }

    public Task PublishAsync<TEvent>(TEvent @event) => Events.PublishAsync(@event);

    /// <summary>
    /// Runs an installed scheduled task as nopCommerce's task runner does: found by its stored type name, skipped
    /// when disabled, created in a fresh scope, start and end times recorded.
    /// </summary>
    public async Task RunTaskAsync(ScheduledTaskDefinition definition)
    {
        using var scope = CreateScope();
        var taskService = scope.ServiceProvider.GetRequiredService<IScheduleTaskService>();
        var task = await taskService.GetTaskByTypeAsync(definition.Type)
            ?? throw new InvalidOperationException($"The scheduled task {definition.Type} is not installed.");
        if (!task.Enabled)
            return;

        var type = PluginAssembly.GetType(task.Type, throwOnError: true);
        var instance = (IScheduleTask)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);

        task.LastStartUtc = Clock.UtcNow;
        await instance.ExecuteAsync();
        task.LastEndUtc = task.LastSuccessUtc = Clock.UtcNow;
        await scope.ServiceProvider.GetRequiredService<IRepository<ScheduleTask>>().UpdateAsync(task, false);
    }

    public IReadOnlyList<string> TableNames()
    {
        return Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    public IReadOnlyList<string> IndexNames(string table)
    {
        return Strings($"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' ORDER BY name");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    private List<string> Strings(string sql)
    {
        using var command = _database.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    private ServiceProvider BuildServices(Action<IServiceCollection> configureServices)
    {
        var services = new ServiceCollection();

        services.AddSingleton(this);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(_database);
        services.AddSingleton(Schema);
        services.AddSingleton(SqlLog);
        services.AddScoped<HarnessDbContext>();
        services.AddScoped(typeof(IRepository<>), typeof(HarnessRepository<>));
        services.AddSingleton<HarnessEventPublisher>();
        services.AddSingleton<IEventPublisher>(sp => sp.GetRequiredService<HarnessEventPublisher>());
        services.AddSingleton<IEmailSender>(Mail);
        services.AddSingleton<Nop.Services.Logging.ILogger>(Log);
        services.AddSingleton<ISettingService>(Settings);
        services.AddSingleton<ILocalizationService>(Locales);
        services.AddSingleton<IPermissionService>(Permissions);
        services.AddSingleton<IStoreContext>(StoreContext);
        services.AddSingleton<IWebHelper, HarnessWebHelper>();
        services.AddScoped<IScheduleTaskService, RepositoryScheduleTaskService>();
        services.AddScoped<IPluginManager<IPlugin>, HarnessPluginManager>();
        services.AddScoped(_ => Settings.LoadSettingAsync<TriggerMailSettings>().GetAwaiter().GetResult());
        services.AddTransient<TriggerMailPlugin>();
        HarnessDeliveryServices.Register(services, this);

        var configuration = new ConfigurationBuilder().Build();
        foreach (var startup in PluginAssembly.GetTypes()
                     .Where(t => typeof(INopStartup).IsAssignableFrom(t) && !t.IsAbstract)
                     .Select(t => (INopStartup)Activator.CreateInstance(t))
                     .OrderBy(s => s.Order))
            startup.ConfigureServices(services, configuration);

        foreach (var consumer in PluginAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        foreach (var contract in consumer.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)))
            services.AddScoped(contract, consumer);

        configureServices?.Invoke(services);
        RequestServiceTypes = services.Where(d => !d.ServiceType.IsGenericTypeDefinition).Select(d => d.ServiceType).Distinct().ToList();
        return services.BuildServiceProvider();
    }
}
