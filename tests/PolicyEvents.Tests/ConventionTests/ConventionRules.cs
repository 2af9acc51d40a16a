using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using PolicyEvents.Domain;

namespace PolicyEvents.Tests.ConventionTests;

/// <summary>
/// The conventions every public type of the library follows (after NodaTime's MutabilityTest and PurityTest), as
/// functions from a type to the problems found, each named so that a failing test says what to fix and where.
/// </summary>
public static class ConventionRules
{
    /// <summary>Every public type of the library, nested ones included.</summary>
    public static IReadOnlyList<Type> PublicTypes { get; } =
        [.. typeof(PolicyEvent).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Types no rule below applies to.</summary>
    private static bool IsStaticClass(Type type) => type.IsClass && type.IsAbstract && type.IsSealed;

    private static bool IsDelegate(Type type) => typeof(Delegate).IsAssignableFrom(type);

    /// <summary>
    /// Types that are mutable or open by design, each for a stated reason: a builder accumulates records before
    /// <c>Build()</c> validates them (like <c>ImmutableArray&lt;T&gt;.Builder</c>); an options bag validates each value in
    /// its init accessor and every combination of valid values is valid (like <c>JsonSerializerOptions</c>).
    /// </summary>
    private static bool IsMutableByDesign(Type type) =>
        type.Name.EndsWith("Builder", StringComparison.Ordinal) || type.Name.EndsWith("Options", StringComparison.Ordinal);

    /// <summary>System.Text.Json converters are stateless services, not values: they need no ToString.</summary>
    private static bool IsJsonConverter(Type type) => typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(type);

    /// <summary>
    /// No public or protected setter (init included), no visible mutable field, classes sealed or abstract, structs
    /// readonly, and collection-typed members immutable or read-only views. Enums, static classes and delegates are exempt.
    /// </summary>
    public static IEnumerable<string> ImmutabilityProblems(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsEnum || IsStaticClass(type) || IsDelegate(type) || IsMutableByDesign(type))
        {
            yield break;
        }
        // Exceptions may form a hierarchy (DatasetFormatException derives from DatasetValidationException).
        if (type.IsClass && !type.IsSealed && !type.IsAbstract && !typeof(Exception).IsAssignableFrom(type))
        {
            yield return $"{Name(type)} is a class that is neither sealed nor abstract";
        }
        if (type.IsValueType && !type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
        {
            yield return $"{Name(type)} is a struct that is not readonly";
        }
        const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        foreach (var property in type.GetProperties(Members).Where(p => IsOurs(p.DeclaringType, type.Assembly)))
        {
            if (property.SetMethod is { } setter && IsVisible(setter))
            {
                var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                yield return $"{Name(type)}.{property.Name} has a {(isInit ? "public or protected init" : "public or protected")} setter";
            }
            if (IsVisible(property.GetMethod) && CollectionProblem(property.PropertyType, type.Assembly) is { } problem)
            {
                yield return $"{Name(type)}.{property.Name} is {problem}";
            }
        }
        foreach (var field in type.GetFields(Members).Where(f => IsOurs(f.DeclaringType, type.Assembly) && IsVisible(f)))
        {
            if (!field.IsInitOnly && !field.IsLiteral)
            {
                yield return $"{Name(type)}.{field.Name} is a public or protected field that is not readonly";
            }
            if (CollectionProblem(field.FieldType, type.Assembly) is { } problem)
            {
                yield return $"{Name(type)}.{field.Name} is {problem}";
            }
        }
    }

    /// <summary>Every public type overrides ToString, except enums, static classes, exceptions, interfaces and delegates.</summary>
    public static IEnumerable<string> ToStringProblems(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsEnum || IsStaticClass(type) || type.IsInterface || IsDelegate(type) || typeof(Exception).IsAssignableFrom(type)
            || IsJsonConverter(type))
        {
            yield break;
        }
        var toString = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        if (toString is null || !IsOurs(toString.DeclaringType, type.Assembly))
        {
            yield return $"{Name(type)} does not override ToString";
        }
    }

    /// <summary>
    /// A type that implements <see cref="IEquatable{T}"/> of itself overrides Equals(object) and GetHashCode and defines
    /// == and !=; one that implements <see cref="IComparable{T}"/> of itself also implements <see cref="IComparable"/>
    /// and defines &lt;, &lt;=, &gt; and &gt;=.
    /// </summary>
    public static IEnumerable<string> EqualityProblems(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsInterface || type.ContainsGenericParameters)
        {
            yield break;
        }
        if (typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
        {
            var getHashCode = type.GetMethod(nameof(GetHashCode), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (getHashCode is null || !IsOurs(getHashCode.DeclaringType, type.Assembly))
            {
                yield return $"{Name(type)} implements IEquatable<{Name(type)}> but does not override GetHashCode";
            }
            var equals = type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, [typeof(object)]);
            if (equals is null || !IsOurs(equals.DeclaringType, type.Assembly))
            {
                yield return $"{Name(type)} implements IEquatable<{Name(type)}> but does not override Equals(object)";
            }
            foreach (var op in new[] { "op_Equality", "op_Inequality" }.Where(op => !HasOperator(type, op)))
            {
                yield return $"{Name(type)} implements IEquatable<{Name(type)}> but does not define {op}";
            }
        }
        if (typeof(IComparable<>).MakeGenericType(type).IsAssignableFrom(type))
        {
            if (!typeof(IComparable).IsAssignableFrom(type))
            {
                yield return $"{Name(type)} implements IComparable<{Name(type)}> but not the non-generic IComparable";
            }
            foreach (var op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" }.Where(op => !HasOperator(type, op)))
            {
                yield return $"{Name(type)} implements IComparable<{Name(type)}> but does not define {op}";
            }
        }
    }

    /// <summary>
    /// Null when a member of this type cannot be changed through the type: not a collection, or an immutable collection
    /// (System.Collections.Immutable or System.Collections.Frozen), a read-only view (IReadOnlyList, IReadOnlyDictionary,
    /// IReadOnlyCollection, IReadOnlySet), string, or a type of the library itself (which these rules check in turn).
    /// </summary>
    private static string? CollectionProblem(Type memberType, Assembly assembly)
    {
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (type.IsArray)
        {
            return $"an array ({Name(type)}), which callers can change: use ImmutableArray<T>";
        }
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || IsOurs(type, assembly))
        {
            return null;
        }
        if (type.Namespace is "System.Collections.Immutable" || type.Namespace is "System.Collections.Frozen")
        {
            return null;
        }
        if (type.IsGenericType && ReadOnlyViews.Contains(type.GetGenericTypeDefinition()))
        {
            return null;
        }
        return $"a collection of a type callers can change or cast back ({Name(type)}): use ImmutableArray<T>, an immutable collection or a read-only view";
    }

    private static readonly FrozenSet<Type> ReadOnlyViews = new[]
    {
        typeof(IReadOnlyList<>), typeof(IReadOnlyDictionary<,>), typeof(IReadOnlyCollection<>), typeof(IReadOnlySet<>),
    }.ToFrozenSet();

    private static bool HasOperator(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]) is { ReturnType: var returns } && returns == typeof(bool);

    /// <summary>True when <paramref name="type"/> is declared in <paramref name="assembly"/>, the assembly under test.</summary>
    private static bool IsOurs(Type? type, Assembly assembly) => type is not null && type.Assembly == assembly;

    private static bool IsVisible(MethodBase? method) => method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Name(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : type.Name;
        }
        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
