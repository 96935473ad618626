using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Nop.Web.Framework.Infrastructure
{
    public static partial class AdminWidgetZones
    {
        public static string CustomerDetailsBlock => "admin_customer_details_block";
    }
}

namespace Nop.Web.Framework.Components
{
    // The host's version publishes a model-prepared event before rendering; outside the host it just renders.
    public abstract partial class NopViewComponent : ViewComponent
    {
        public new ViewViewComponentResult View<TModel>(string viewName, TModel model)
        {
            return base.View(viewName, model);
        }
    }
}
