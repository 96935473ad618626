using Microsoft.AspNetCore.Routing;
using Nop.Core;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.Models
{
    public partial interface IPagingRequestModel
    {
        int Page { get; }

        int PageSize { get; }
    }

    public partial interface IPagedModel<T> where T : BaseNopModel
    {
    }

    public partial record BaseNopEntityModel : BaseNopModel
    {
        public virtual int Id { get; set; }
    }

    public abstract partial record BaseSearchModel : BaseNopModel, IPagingRequestModel
    {
        protected BaseSearchModel()
        {
            Length = 10;
        }

        public int Page => (Start / Length) + 1;

        public int PageSize => Length;

        public string AvailablePageSizes { get; set; }

        public string Draw { get; set; }

        public int Start { get; set; }

        public int Length { get; set; }

        public virtual void SetGridPageSize(int pageSize, string availablePageSizes = null)
        {
            Start = 0;
            Length = pageSize;
            AvailablePageSizes = availablePageSizes;
        }
    }

    public abstract partial record BasePagedListModel<T> : BaseNopModel, IPagedModel<T> where T : BaseNopModel
    {
        public IEnumerable<T> Data { get; set; }

        public string Draw { get; set; }

        public int RecordsFiltered { get; set; }

        public int RecordsTotal { get; set; }
    }
}

namespace Nop.Web.Framework.Models.Extensions
{
    public static class ModelExtensions
    {
        public static IPagedList<T> ToPagedList<T>(this IList<T> list, IPagingRequestModel pagingRequestModel) =>
            new PagedList<T>(list, pagingRequestModel.Page - 1, pagingRequestModel.PageSize);

        public static TListModel PrepareToGrid<TListModel, TModel, TObject>(this TListModel listModel,
            BaseSearchModel searchModel, IPagedList<TObject> objectList, Func<IEnumerable<TModel>> dataFillFunction)
            where TListModel : BasePagedListModel<TModel>
            where TModel : BaseNopModel
        {
            ArgumentNullException.ThrowIfNull(listModel);
            listModel.Data = dataFillFunction?.Invoke();
            listModel.Draw = searchModel?.Draw;
            listModel.RecordsTotal = listModel.RecordsFiltered = objectList?.TotalCount ?? 0;
            return listModel;
        }
    }
}

namespace Nop.Web.Framework.Models.DataTables
{
    public partial interface IRender
    {
    }

    public partial class DataUrl
    {
        public DataUrl(string actionName, string controllerName, RouteValueDictionary routeValues)
        {
            ActionName = actionName;
            ControllerName = controllerName;
            RouteValues = routeValues;
        }

        public DataUrl(string url)
        {
            Url = url;
        }

        public DataUrl(string url, string dataId)
        {
            Url = url;
            DataId = dataId;
        }

        public string ActionName { get; set; }

        public string ControllerName { get; set; }

        public string Url { get; set; }

        public RouteValueDictionary RouteValues { get; set; }

        public string DataId { get; set; }
    }

    public partial class FilterParameter
    {
        public FilterParameter(string name)
        {
            Name = name;
            Type = typeof(string);
        }

        public FilterParameter(string name, object value)
        {
            Name = name;
            Type = value?.GetType();
            Value = value;
        }

        public string Name { get; }

        public Type Type { get; }

        public object Value { get; set; }
    }

    public partial class ColumnProperty
    {
        public ColumnProperty(string data)
        {
            Data = data;
            Visible = true;
            Encode = true;
        }

        public string Data { get; set; }

        public string Title { get; set; }

        public IRender Render { get; set; }

        public string Width { get; set; }

        public bool AutoWidth { get; set; }

        public string ClassName { get; set; }

        public bool Visible { get; set; }

        public bool Encode { get; set; }
    }

    public partial record DataTablesModel : BaseNopModel
    {
        public DataTablesModel()
        {
            Filters = new List<FilterParameter>();
            ColumnCollection = new List<ColumnProperty>();
            Paging = true;
            ServerSide = true;
            Processing = true;
            Info = true;
            Ordering = false;
        }

        public string Name { get; set; }

        public DataUrl UrlRead { get; set; }

        public string SearchButtonId { get; set; }

        public IList<FilterParameter> Filters { get; set; }

        public object Data { get; set; }

        public bool Processing { get; set; }

        public bool ServerSide { get; set; }

        public bool Paging { get; set; }

        public bool Info { get; set; }

        public int Length { get; set; }

        public string LengthMenu { get; set; }

        public bool Ordering { get; set; }

        public IList<ColumnProperty> ColumnCollection { get; set; }
    }

    public partial class RenderDate : IRender
    {
        public RenderDate()
        {
            Format = "L LTS";
        }

        public string Format { get; set; }
    }

    public partial class RenderLink : IRender
    {
        public RenderLink(DataUrl url)
        {
            Url = url;
        }

        public DataUrl Url { get; set; }

        public string Title { get; set; }
    }

    public partial class RenderButtonEdit : IRender
    {
        public RenderButtonEdit(DataUrl url)
        {
            Url = url;
            ClassName = NopButtonClassDefaults.Default;
        }

        public DataUrl Url { get; set; }

        public string ClassName { get; set; }
    }

    public partial class RenderButtonView : IRender
    {
        public RenderButtonView(DataUrl url)
        {
            Url = url;
            ClassName = NopButtonClassDefaults.Default;
        }

        public DataUrl Url { get; set; }

        public string ClassName { get; set; }
    }

    public partial class RenderCustom : IRender
    {
        public RenderCustom(string functionName)
        {
            FunctionName = functionName;
        }

        public string FunctionName { get; set; }
    }

    public partial class RenderBoolean : IRender
    {
    }

    public static partial class NopColumnClassDefaults
    {
        public static string CenterAll => "text-center";

        public static string Button => "button-column";
    }

    public static partial class NopButtonClassDefaults
    {
        public static string Default => "btn btn-default";

        public static string Primary => "btn btn-primary";

        public static string Danger => "btn btn-danger";
    }
}
