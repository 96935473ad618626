using System.Collections.Concurrent;
using Nop.Core.Domain.Customers;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>The host's log, kept in memory so a test can read what the plugin logged.</summary>
public sealed class RecordingLogger : ILogger
{
    public ConcurrentQueue<(string Level, string Message, Exception Exception)> Entries { get; } = new();

    public Task InformationAsync(string message, Exception exception = null, Customer customer = null) => Add("Information", message, exception);

    public Task WarningAsync(string message, Exception exception = null, Customer customer = null) => Add("Warning", message, exception);

    public Task ErrorAsync(string message, Exception exception = null, Customer customer = null) => Add("Error", message, exception);

    private Task Add(string level, string message, Exception exception)
    {
        Entries.Enqueue((level, message, exception));
        return Task.CompletedTask;
    }
}
