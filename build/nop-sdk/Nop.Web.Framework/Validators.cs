using FluentValidation;

namespace Nop.Web.Framework.Validators;

// The host registers every validator it finds in loaded assemblies (plugins included) and runs it on the action's
// model before the action, putting the errors in ModelState under the property names.
public abstract partial class BaseNopValidator<TModel> : AbstractValidator<TModel> where TModel : class
{
}
