using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;

/// <summary>The signed-in store admin and the admin's working language.</summary>
public sealed class HarnessWorkContext : IWorkContext
{
    public Customer Admin { get; } = new() { Id = 1, Email = "admin@yourstore.com", Active = true };

    public Language Language { get; } = new() { Id = 1, Name = "English" };

    public Task<Customer> GetCurrentCustomerAsync() => Task.FromResult(Admin);

    public Task<Language> GetWorkingLanguageAsync() => Task.FromResult(Language);
}
