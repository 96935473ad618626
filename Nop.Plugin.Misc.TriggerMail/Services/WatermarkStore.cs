using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Services;

/// <summary>
/// Named high-water marks of incremental scans. A mark only moves forward.
/// </summary>
public class WatermarkStore
{
    private readonly TimeProvider _timeProvider;
    private readonly IRepository<Watermark> _watermarkRepository;

    public WatermarkStore(TimeProvider timeProvider, IRepository<Watermark> watermarkRepository)
    {
        _timeProvider = timeProvider;
        _watermarkRepository = watermarkRepository;
    }

    public Task<long> GetAsync(string name)
    {
        return Task.FromResult(_watermarkRepository.Table.Where(w => w.Name == name).Select(w => (long?)w.Value).FirstOrDefault() ?? 0);
    }

    public async Task AdvanceAsync(string name, long value)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var mark = _watermarkRepository.Table.FirstOrDefault(w => w.Name == name);
        if (mark is null)
        {
            try
            {
                await _watermarkRepository.InsertAsync(new Watermark { Name = name, Value = value, UpdatedOnUtc = now }, publishEvent: false);
                return;
            }
            catch (Exception exception) when (UniqueKeyViolation.IsCausedBy(exception))
            {
                mark = _watermarkRepository.Table.First(w => w.Name == name);
            }
        }

        if (value <= mark.Value)
            return;

        mark.Value = value;
        mark.UpdatedOnUtc = now;
        await _watermarkRepository.UpdateAsync(mark, publishEvent: false);
    }
}
