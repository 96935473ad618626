using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Stores;

namespace Nop.Core
{
    public abstract partial class BaseEntity
    {
        public int Id { get; set; }
    }

    public partial interface IPagedList<T> : IList<T>
    {
        int PageIndex { get; }

        int PageSize { get; }

        int TotalCount { get; }

        int TotalPages { get; }

        bool HasPreviousPage { get; }

        bool HasNextPage { get; }
    }

    [Serializable]
    public partial class PagedList<T> : List<T>, IPagedList<T>
    {
        public PagedList(IList<T> source, int pageIndex, int pageSize, int? totalCount = null)
        {
            pageSize = Math.Max(pageSize, 1);
            TotalCount = totalCount ?? source.Count;
            TotalPages = (TotalCount + pageSize - 1) / pageSize;
            PageSize = pageSize;
            PageIndex = pageIndex;
            AddRange(totalCount != null ? source : source.Skip(pageIndex * pageSize).Take(pageSize));
        }

        public int PageIndex { get; }

        public int PageSize { get; }

        public int TotalCount { get; }

        public int TotalPages { get; }

        public bool HasPreviousPage => PageIndex > 0;

        public bool HasNextPage => PageIndex + 1 < TotalPages;
    }

    public partial class NopException : Exception
    {
        public NopException()
        {
        }

        public NopException(string message)
            : base(message)
        {
        }

        public NopException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }

    public partial interface IWebHelper
    {
        string GetStoreLocation(bool? useSsl = null);
    }

    public partial interface IStoreContext
    {
        Task<Store> GetCurrentStoreAsync();

        Task<int> GetActiveStoreScopeConfigurationAsync();
    }
}

namespace Nop.Core.Configuration
{
    public partial interface ISettings
    {
    }
}

namespace Nop.Core.Caching
{
    public partial class CacheKey
    {
        public CacheKey(string key)
        {
            Key = key;
        }

        public string Key { get; protected set; }
    }

    public partial interface ICacheKeyService
    {
    }
}

namespace Nop.Core.Infrastructure
{
    public partial interface INopStartup
    {
        void ConfigureServices(IServiceCollection services, IConfiguration configuration);

        void Configure(IApplicationBuilder application);

        int Order { get; }
    }
}

namespace Nop.Core.Events
{
    public partial interface IEventPublisher
    {
        Task PublishAsync<TEvent>(TEvent @event);

        void Publish<TEvent>(TEvent @event);
    }

    public partial class EntityInsertedEvent<T> where T : BaseEntity
    {
        public EntityInsertedEvent(T entity)
        {
            Entity = entity;
        }

        public T Entity { get; }
    }

    public partial class EntityUpdatedEvent<T> where T : BaseEntity
    {
        public EntityUpdatedEvent(T entity)
        {
            Entity = entity;
        }

        public T Entity { get; }
    }

    public partial class EntityDeletedEvent<T> where T : BaseEntity
    {
        public EntityDeletedEvent(T entity)
        {
            Entity = entity;
        }

        public T Entity { get; }
    }
}
