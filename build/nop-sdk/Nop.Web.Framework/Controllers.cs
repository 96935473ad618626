using System.ComponentModel;
using System.Xml.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Controllers
{
    public abstract partial class BaseController : Controller
    {
    }

    public abstract partial class BasePluginController : BaseController
    {
    }
}

namespace Nop.Web.Framework.Mvc.Filters
{
    // The host's filters check the admin-panel and named permissions; outside the host the attribute only has
    // to exist, so its filter type is an inert marker.
    public sealed class AuthorizeAdminAttribute : TypeFilterAttribute
    {
        public AuthorizeAdminAttribute(bool ignore = false) : base(typeof(InertFilter))
        {
            IgnoreFilter = ignore;
        }

        public bool IgnoreFilter { get; }

        private sealed class InertFilter : IFilterMetadata
        {
        }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class CheckPermissionAttribute : TypeFilterAttribute
    {
        public CheckPermissionAttribute(string permissionSystemName, CheckPermissionResultType resultType = CheckPermissionResultType.Default) : base(typeof(InertFilter))
        {
            PermissionSystemName.Add(permissionSystemName);
            ResultType = resultType;
        }

        public List<string> PermissionSystemName { get; } = new();

        public CheckPermissionResultType ResultType { get; }

        private sealed class InertFilter : IFilterMetadata
        {
        }

        public enum CheckPermissionResultType
        {
            Default = 0,
            Html = 1,
            Text = 2,
            Json = 3
        }
    }
}

namespace Nop.Web.Framework.Models
{
    public partial record BaseNopModel
    {
        public BaseNopModel()
        {
            CustomProperties = new Dictionary<string, string>();
        }

        [XmlIgnore]
        public Dictionary<string, string> CustomProperties { get; set; }
    }
}

namespace Nop.Web.Framework.Mvc.ModelBinding
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class NopResourceDisplayNameAttribute : DisplayNameAttribute
    {
        public NopResourceDisplayNameAttribute(string resourceKey) : base(resourceKey)
        {
            ResourceKey = resourceKey;
        }

        public string ResourceKey { get; set; }
    }
}
