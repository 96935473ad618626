namespace Nop.Core.Domain.Directory
{
    public partial class Country : BaseEntity
    {
        public string Name { get; set; }

        public string TwoLetterIsoCode { get; set; }

        public bool Published { get; set; }

        public int DisplayOrder { get; set; }
    }
}

namespace Nop.Core.Domain.Messages
{
    public partial class NewsLetterSubscriptionType : BaseEntity
    {
        public string Name { get; set; }

        public int DisplayOrder { get; set; }
    }
}
