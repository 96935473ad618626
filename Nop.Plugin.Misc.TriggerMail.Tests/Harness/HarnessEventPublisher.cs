using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Dispatches to the registered consumers like nopCommerce's publisher: in process, in order, and a consumer's
/// exception is recorded (the host logs it) instead of reaching the code that published.
/// </summary>
public sealed class HarnessEventPublisher : IEventPublisher
{
    private readonly IServiceProvider _services;

    public HarnessEventPublisher(IServiceProvider services)
    {
        _services = services;
    }

    public ConcurrentQueue<Exception> ConsumerFailures { get; } = new();

    public async Task PublishAsync<TEvent>(TEvent @event)
    {
        // nopCommerce resolves consumers from the request's scope; each publish here gets a scope of its own.
        using var scope = _services.CreateScope();
        foreach (var consumer in scope.ServiceProvider.GetServices<IConsumer<TEvent>>())
        {
            try
            {
                await consumer.HandleEventAsync(@event);
            }
            catch (Exception exception)
            {
                ConsumerFailures.Enqueue(exception);
            }
        }
    }

    public void Publish<TEvent>(TEvent @event)
    {
        PublishAsync(@event).GetAwaiter().GetResult();
    }
}
