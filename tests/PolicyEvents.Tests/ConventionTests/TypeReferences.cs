using System.Reflection;
using System.Reflection.Emit;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>Every type an assembly's types use: in signatures (base types, interfaces, fields, properties, parameters,
/// return types, generic arguments) and in method bodies (each type, method and field token of the IL).</summary>
internal static class TypeReferences
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Each pair (user, used) of the assembly's types, nested and compiler-generated types included.</summary>
    public static IEnumerable<(Type User, Type Used)> Of(Assembly assembly) =>
        assembly.GetTypes().SelectMany(type => UsedBy(type).Distinct().Select(used => (type, used)));

    private static List<Type> UsedBy(Type type)
    {
        var found = new List<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }
            if (t.IsGenericParameter)
            {
                return;
            }
            found.Add(t.IsGenericType ? t.GetGenericTypeDefinition() : t);
            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }
        Add(type.BaseType);
        foreach (var face in type.GetInterfaces())
        {
            Add(face);
        }
        foreach (var field in type.GetFields(Everything))
        {
            Add(field.FieldType);
        }
        foreach (var property in type.GetProperties(Everything))
        {
            Add(property.PropertyType);
        }
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }
            foreach (var used in InBody(method))
            {
                Add(used);
            }
        }
        return found;
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = (short)il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }
            var opCode = OpCodesByValue[value];
            var operand = opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
            if (opCode.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                switch (member)
                {
                    case Type used:
                        yield return used;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        if (called.IsGenericMethod)
                        {
                            foreach (var argument in called.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    default:
                        break;
                }
            }
            at += operand;
        }
    }
}
