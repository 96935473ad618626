using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;

/// <summary>
/// nopCommerce's FluentValidation auto-validation: before an action runs, each bound argument with a registered
/// validator is validated and the failures go into ModelState keyed by property name.
/// </summary>
public sealed class HostModelValidationFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values.Where(a => a is not null))
        {
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator)
                continue;

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument));
            foreach (var failure in result.Errors)
                context.ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
        }

        await next();
    }
}
