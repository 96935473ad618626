using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders;

public interface IColumnTypeSyntax<TNext> : IFluentSyntax
    where TNext : IFluentSyntax
{
    TNext AsBinary(int size);

    TNext AsBoolean();

    TNext AsDateTime2();

    TNext AsDecimal(int size, int precision);

    TNext AsGuid();

    TNext AsInt32();

    TNext AsInt64();

    TNext AsString();

    TNext AsString(int size);

    TNext AsCustom(string customType);
}

public interface IColumnOptionSyntax<TNext, TNextFk> : IFluentSyntax
    where TNext : IFluentSyntax
    where TNextFk : IFluentSyntax
{
    TNext WithDefaultValue(object value);

    TNext Identity();

    TNext Indexed();

    TNext Indexed(string indexName);

    TNext PrimaryKey();

    TNext Nullable();

    TNext NotNullable();
}

public interface IForeignKeyCascadeSyntax<TNext, TNextFk> : IFluentSyntax
    where TNext : IFluentSyntax
    where TNextFk : IFluentSyntax
{
}
