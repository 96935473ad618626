using System.Globalization;
using FluentMigrator;
using Nop.Core;

namespace Nop.Data.Migrations;

public enum MigrationProcessType
{
    NoMatter,
    Installation,
    Update
}

public enum UpdateMigrationType
{
    Data = 5,
    Localization = 10,
    Settings = 15
}

public static partial class NopMigrationDefaults
{
    public static string[] DateFormats { get; } = ["yyyy-MM-dd HH:mm:ss", "yyyy.MM.dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss:fffffff", "yyyy.MM.dd HH:mm:ss:fffffff", "yyyy/MM/dd HH:mm:ss:fffffff"];
}

public partial class NopMigrationAttribute : MigrationAttribute
{
    protected readonly MigrationConfig _config;

    public NopMigrationAttribute(string dateTime, string description, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter) :
        this(new MigrationConfig
        {
            DateTime = dateTime,
            Description = description,
            TargetMigrationProcess = targetMigrationProcess
        })
    {
    }

    protected NopMigrationAttribute(MigrationConfig config) : base(config.Version, config.Description)
    {
        _config = config;
    }

    public virtual MigrationProcessType TargetMigrationProcess => _config.TargetMigrationProcess;

    public virtual bool IsSchemaMigration
    {
        get => _config.IsSchemaMigration;
        protected set => _config.IsSchemaMigration = value;
    }

    protected partial class MigrationConfig
    {
        public string DateTime { get; set; }

        public virtual string Description { get; set; }

        public virtual MigrationProcessType TargetMigrationProcess { get; set; } = MigrationProcessType.NoMatter;

        public virtual bool IsSchemaMigration { get; set; }

        protected long? _version;

        public virtual long Version
        {
            get
            {
                if (_version.HasValue)
                    return _version.Value;

                if (string.IsNullOrEmpty(DateTime))
                    throw new NopException("One of the following properties must be initialized: either Version or DateTime");

                return System.DateTime.ParseExact(DateTime, NopMigrationDefaults.DateFormats, CultureInfo.InvariantCulture).Ticks;
            }
            set => _version = value;
        }
    }
}

public partial class NopSchemaMigrationAttribute : NopMigrationAttribute
{
    public NopSchemaMigrationAttribute(string dateTime, string description,
        MigrationProcessType targetMigrationProcess = MigrationProcessType.Update) :
        base(dateTime, description, targetMigrationProcess)
    {
        IsSchemaMigration = true;
    }
}
