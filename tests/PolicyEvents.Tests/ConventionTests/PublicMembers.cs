using System.Reflection;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>The public constructors and methods of the library, for the reflection-driven argument tests.</summary>
internal static class PublicMembers
{
    /// <summary>Every parameter of a public constructor or method of a public type that <paramref name="select"/> keeps,
    /// with a readable name of its member.</summary>
    public static IEnumerable<(string Name, MethodBase Member, ParameterInfo Parameter)> Parameters(Func<MethodBase, ParameterInfo, bool> select)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in ConventionRules.PublicTypes.Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t) && !t.IsGenericTypeDefinition))
        {
            IEnumerable<MethodBase> members = [.. type.GetConstructors(), .. type.GetMethods(Declared).Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition)];
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (parameters.Any(p => p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike))
                {
                    continue; // a ref struct (Utf8JsonReader) cannot be passed by reflection
                }
                foreach (var parameter in parameters.Where(p => select(member, p)))
                {
                    yield return (Describe(member), member, parameter);
                }
            }
        }
    }

    public static string Describe(MethodBase member) =>
        $"{member.DeclaringType!.Name}{(member is ConstructorInfo ? "" : "." + member.Name)}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";

    /// <summary>Calls a member and returns what it threw, unwrapped, or null.</summary>
    public static Exception? Invoke(MethodBase member, object? target, object?[] arguments)
    {
        try
        {
            // No await and no enumeration: a task or a lazy sequence must refuse its arguments when it is made (as
            // System.Linq and MoreLINQ do), not when it is first awaited or read.
            _ = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);
            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
