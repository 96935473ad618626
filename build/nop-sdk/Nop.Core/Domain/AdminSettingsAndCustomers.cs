using Nop.Core.Configuration;

namespace Nop.Core.Domain.Cms
{
    public partial class WidgetSettings : ISettings
    {
        public WidgetSettings()
        {
            ActiveWidgetSystemNames = new List<string>();
        }

        public List<string> ActiveWidgetSystemNames { get; set; }
    }
}
