using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;

namespace Nop.Plugin.Misc.TriggerMail.Tests.AdminHost;

/// <summary>
/// Stand-in for nopCommerce's admin customer edit page (Admin/Customer/Edit/{id}): the customer's name and email and
/// the <c>admin_customer_details_block</c> widget zone, rendered as the host's AdminWidget view component does, so the
/// plugin's block and its link to the message log can be followed.
/// </summary>
[Area("Admin")]
public class CustomerController : Controller
{
    private readonly IRepository<Customer> _customerRepository;

    public CustomerController(IRepository<Customer> customerRepository)
    {
        _customerRepository = customerRepository;
    }

    public async Task<IActionResult> Edit(int id)
    {
        var customer = await _customerRepository.GetByIdAsync(id);
        return customer is null ? NotFound() : View("~/Areas/Admin/Views/Customer/Edit.cshtml", customer);
    }
}
