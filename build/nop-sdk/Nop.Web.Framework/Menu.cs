using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Menu
{
    public partial interface IAdminMenu
    {
        Task<AdminMenuItem> GetRootNodeAsync(bool showHidden = false);

        string GetMenuItemUrl(string controllerName, string actionName);
    }

    public partial class AdminMenuItem
    {
        protected IList<string> _permissionNames;
        protected string _url;

        public AdminMenuItem()
        {
            ChildNodes = new List<AdminMenuItem>();
        }

        public IList<string> PermissionNames
        {
            get => _permissionNames ?? ChildNodes.SelectMany(p => p.PermissionNames).ToList();
            set => _permissionNames = value;
        }

        public string SystemName { get; set; }

        public string Title { get; set; }

        public string Url
        {
            get => _url;
            set
            {
                _url = value;
                var parts = value?.TrimEnd('/').Split('/') ?? [];
                ControllerName = parts.Length < 3 ? string.Empty : parts[^2];
                ActionName = parts.Length < 3 ? string.Empty : parts[^1];
            }
        }

        public IList<AdminMenuItem> ChildNodes { get; set; }

        public string IconClass { get; set; }

        public bool Visible { get; set; } = true;

        public bool OpenUrlInNewTab { get; set; }

        public string ControllerName { get; protected set; }

        public string ActionName { get; protected set; }

        public bool ContainsSystemName(string systemName)
        {
            return GetItemBySystemName(systemName) is not null;
        }

        public AdminMenuItem GetItemBySystemName(string systemName)
        {
            if (string.IsNullOrEmpty(systemName))
                return null;

            return systemName.Equals(SystemName)
                ? this
                : ChildNodes.Select(node => node.GetItemBySystemName(systemName)).FirstOrDefault(node => node is not null);
        }

        public virtual bool InsertBefore(string itemSystemName, AdminMenuItem newMenuItem)
        {
            return Insert(itemSystemName, newMenuItem, true);
        }

        public virtual bool InsertAfter(string itemSystemName, AdminMenuItem newMenuItem)
        {
            return Insert(itemSystemName, newMenuItem, false);
        }

        protected virtual bool Insert(string itemSystemName, AdminMenuItem newMenuItem, bool before)
        {
            var index = ChildNodes.ToList().FindIndex(node => itemSystemName.Equals(node.SystemName));
            if (index >= 0)
            {
                ChildNodes.Insert(index + (before ? 0 : 1), newMenuItem);
                return true;
            }

            return ChildNodes.Any(node => node.Insert(itemSystemName, newMenuItem, before));
        }
    }
}

namespace Nop.Web.Framework.Events
{
    public abstract partial class BaseMenuItemCreatedEvent
    {
        private readonly IAdminMenu _adminMenu;

        protected BaseMenuItemCreatedEvent(IAdminMenu adminMenu)
        {
            _adminMenu = adminMenu;
        }

        public virtual string GetMenuItemUrl(string controllerName, string actionName)
        {
            return _adminMenu.GetMenuItemUrl(controllerName, actionName);
        }
    }

    public partial class AdminMenuCreatedEvent : BaseMenuItemCreatedEvent
    {
        public AdminMenuCreatedEvent(IAdminMenu adminMenu, AdminMenuItem rootMenuItem) : base(adminMenu)
        {
            RootMenuItem = rootMenuItem;
        }

        public AdminMenuItem RootMenuItem { get; protected set; }
    }
}

namespace Nop.Web.Framework
{
    public static class AreaNames
    {
        public const string ADMIN = "Admin";
    }
}
