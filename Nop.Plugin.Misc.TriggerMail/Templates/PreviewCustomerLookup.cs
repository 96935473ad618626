using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// Finds whom a preview is for from what the admin typed: a customer id or email, or an order number (whose
/// customer it then is). Nothing typed means sample data.
/// </summary>
public class PreviewCustomerLookup
{
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Order> _orderRepository;

    public PreviewCustomerLookup(IRepository<Customer> customerRepository, IRepository<Order> orderRepository)
    {
        _customerRepository = customerRepository;
        _orderRepository = orderRepository;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the field when the customer or order is not found.</summary>
    public async Task<(int? CustomerId, int? OrderId, string Description)> FindAsync(string customer, int? orderId)
    {
        Order order = null;
        if (orderId is > 0)
        {
            order = await _orderRepository.GetByIdAsync(orderId.Value);
            if (order is null or { Deleted: true })
                throw new ArgumentException($"There is no order {orderId}.", "OrderId");
        }

        var typed = customer?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            if (order is null)
                return (null, null, null);
            var buyer = await _customerRepository.GetByIdAsync(order.CustomerId);
            return (order.CustomerId, order.Id, Describe(buyer));
        }

        var found = int.TryParse(typed, out var id)
            ? await _customerRepository.GetByIdAsync(id)
            : (await _customerRepository.GetAllAsync(q => q.Where(c => c.Email == typed && !c.Deleted).OrderBy(c => c.Id))).FirstOrDefault();
        if (found is null or { Deleted: true })
            throw new ArgumentException($"There is no customer with the id or email '{typed}'.", "Customer");
        if (order is not null && order.CustomerId != found.Id)
            throw new ArgumentException($"Order {order.Id} is not an order of customer '{typed}'.", "OrderId");

        return (found.Id, order?.Id, Describe(found));
    }

    private static string Describe(Customer customer) => customer is null ? null
        : string.Join(" ", new[] { customer.FirstName, customer.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) + $" <{customer.Email}>";
}
