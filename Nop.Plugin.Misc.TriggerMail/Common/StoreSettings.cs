using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.TriggerMail.Common;

/// <summary>
/// The plugin's settings as a given store sees them (its overrides, else the shared values), loaded once per store
/// per scope. Services that know the message's or order's store read these; install-wide values (batch size, run
/// time budget, retention, token secret) come from the shared settings.
/// </summary>
public class StoreSettings
{
    private readonly ISettingService _settingService;
    private readonly Dictionary<int, TriggerMailSettings> _loaded = new();

    public StoreSettings(ISettingService settingService)
    {
        _settingService = settingService;
    }

    public async Task<TriggerMailSettings> ForStoreAsync(int storeId)
    {
        storeId = Math.Max(0, storeId);
        if (!_loaded.TryGetValue(storeId, out var settings))
            _loaded[storeId] = settings = await _settingService.LoadSettingAsync<TriggerMailSettings>(storeId);

        return settings;
    }
}
