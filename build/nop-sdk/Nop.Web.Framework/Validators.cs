using FluentValidation;

namespace Nop.Web.Framework.Validators;

// The host registers every validator it finds in loaded assemblies (plugins included) and runs it on the action's
// model before the action, putting the errors in ModelState under the property names.
public abstract partial class BaseNopValidator<TModel> : AbstractValidator<TModel> where TModel : class
{
}

// The host's validators take their messages from locale resources through these; the text is read when the validator
// is built (per request, in the working language).
public static class RuleBuilderOptionsExtension
{
    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Task<string> errorMessage)
    {
        return rule.WithMessage(errorMessage.Result);
    }

    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Task<string> errorMessage, params object[] args)
    {
        return rule.WithMessage(string.Format(errorMessage.Result, args));
    }
}
