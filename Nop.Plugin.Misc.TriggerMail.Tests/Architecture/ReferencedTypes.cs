using System.Reflection;
using System.Reflection.Emit;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Architecture;

/// <summary>
/// Every type a type touches: its base type and interfaces, member signatures, attributes, and the types,
/// methods and fields its method bodies reference (read from the IL).
/// </summary>
public static class ReferencedTypes
{
    private static readonly Dictionary<short, OpCode> _opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null))
        .ToDictionary(o => o.Value);

    private const BindingFlags AllMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
        BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type t)
        {
            if (t is null || t.IsGenericParameter || !found.Add(t))
                return;
            if (t.HasElementType)
                Add(t.GetElementType());
            if (t.IsGenericType)
                foreach (var argument in t.GetGenericArguments())
                    Add(argument);
        }

        Add(type.BaseType);
        foreach (var contract in type.GetInterfaces())
            Add(contract);
        foreach (var attribute in type.GetCustomAttributesData())
            Add(attribute.AttributeType);
        foreach (var field in type.GetFields(AllMembers))
            Add(field.FieldType);
        foreach (var property in type.GetProperties(AllMembers))
            Add(property.PropertyType);

        foreach (var method in type.GetMethods(AllMembers).Cast<MethodBase>().Concat(type.GetConstructors(AllMembers)))
        {
            if (method is MethodInfo info)
                Add(info.ReturnType);
            foreach (var parameter in method.GetParameters())
                Add(parameter.ParameterType);
            foreach (var referenced in FromBody(method))
                Add(referenced);
        }

        return found;
    }

    private static IEnumerable<Type> FromBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
            yield break;

        foreach (var local in body.LocalVariables)
            yield return local.LocalType;

        var il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;

        for (var position = 0; position < il.Length;)
        {
            var value = il[position] == 0xFE ? (short)(0xFE00 | il[position + 1]) : il[position];
            position += il[position] == 0xFE ? 2 : 1;
            var opCode = _opCodes[value];

            switch (opCode.OperandType)
            {
                case OperandType.InlineType:
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineTok:
                    var member = module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                    yield return member as Type ?? member.DeclaringType;
                    if (member is MethodInfo called)
                        yield return called.ReturnType;
                    if (member is FieldInfo field)
                        yield return field.FieldType;
                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + BitConverter.ToInt32(il, position) * 4;
                    break;
                default:
                    position += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operandType) => operandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4
    };
}
