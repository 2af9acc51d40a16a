using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// <c>--retained-parts</c>: where the bytes a loaded history keeps (<see cref="LibraryLoad.HistoryWithColumns"/>) go. It
/// walks the objects the history reaches, breadth first, through every instance field, and charges each object's size to
/// the last two fields of the library's own types on the shortest path to it (<c>ColumnStatementStore._ids ›
/// IdColumn`1._bytes</c>). Sizes are the runtime's layout on 64-bit, to within alignment: an array's header and its
/// elements, a string's header and UTF-16 characters, an object's header and fields. The total is printed beside the
/// retained bytes <see cref="RetainedMemory"/> measures, so that what the walk misses shows. For reading a store's
/// layout, not for timing: the walk uses reflection over private fields.
/// </summary>
public static class RetainedParts
{
    private const int Shown = 40;

    public static void Run(IEnumerable<int> sizes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var size in sizes)
        {
            Measure(size, output);
        }
    }

    // A method of its own, so that nothing of one size is still referenced from the stack while the next is measured.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Measure(int size, TextWriter output)
    {
        var utf8 = SyntheticFiles.Bytes(size);
        var before = HeapBytes();
        var history = LibraryLoad.HistoryWithColumns(utf8);
        var retained = HeapBytes() - before;
        var parts = Walk(history);
        var walked = parts.Values.Sum(p => p.Bytes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size:N0} events: {retained:N0} bytes retained ({(double)retained / size:F1} per event), {walked:N0} walked ({(double)walked / size:F1} per event) in {parts.Values.Sum(p => p.Objects):N0} objects"));
        output.WriteLine();
        output.WriteLine("| part (last two fields of the library's types on the path) | objects | bytes | bytes/event |");
        output.WriteLine("|---|---:|---:|---:|");
        var ordered = parts.OrderByDescending(p => p.Value.Bytes).ToList();
        foreach (var (label, (objects, bytes)) in ordered.Take(Shown))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{label}` | {objects:N0} | {bytes:N0} | {(double)bytes / size:F1} |"));
        }
        var rest = ordered.Skip(Shown).ToList();
        if (rest.Count > 0)
        {
            var bytes = rest.Sum(p => p.Value.Bytes);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rest.Count} other parts | {rest.Sum(p => p.Value.Objects):N0} | {bytes:N0} | {(double)bytes / size:F1} |"));
        }
        output.WriteLine();
        GC.KeepAlive(history);
        GC.KeepAlive(utf8);
    }

    /// <summary>The bytes of the heap's live objects, after a full collection that compacts the large object heap too
    /// (so that what an earlier size left there does not count).</summary>
    private static long HeapBytes()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static Dictionary<string, (long Objects, long Bytes)> Walk(object root)
    {
        var parts = new Dictionary<string, (long Objects, long Bytes)>(StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<(object Value, string Label, string Last)>();
        queue.Enqueue((root, root.GetType().Name, ""));
        seen.Add(root);
        while (queue.TryDequeue(out var item))
        {
            var (value, label, last) = item;
            var type = value.GetType();
            long size;
            if (value is string text)
            {
                size = 22 + (2L * text.Length);
            }
            else if (value is Array array)
            {
                var element = type.GetElementType()!;
                size = 24 + (array.LongLength * SizeOf(element));
                if (!element.IsPrimitive && !element.IsEnum)
                {
                    foreach (var entry in array)
                    {
                        if (entry is null)
                        {
                            continue;
                        }
                        if (element.IsValueType)
                        {
                            Visit(entry, element, label, last);
                        }
                        else if (seen.Add(entry))
                        {
                            queue.Enqueue((entry, label, last));
                        }
                    }
                }
            }
            else
            {
                size = 16 + Fields(type).Sum(f => (long)SizeOf(f.FieldType));
                Visit(value, type, label, last);
            }
            var (objects, bytes) = parts.GetValueOrDefault(label);
            parts[label] = (objects + 1, bytes + ((size + 7) / 8 * 8));
        }
        return parts;

        // Follows the references an object or a value of a struct holds; a struct's fields are walked in place.
        void Visit(object value, Type type, string label, string last)
        {
            if (!type.IsValueType)
            {
                type = value.GetType();
            }
            foreach (var field in Fields(type))
            {
                var fieldType = field.FieldType;
                if (fieldType.IsPointer || fieldType.IsPrimitive || fieldType.IsEnum || typeof(MemberInfo).IsAssignableFrom(fieldType))
                {
                    continue;
                }
                object? target;
                try
                {
                    target = field.GetValue(value);
                }
                catch (FieldAccessException)
                {
                    continue;
                }
                if (target is null or MemberInfo or Module or Assembly)
                {
                    continue;
                }
                var (nextLabel, nextLast) = field.DeclaringType?.Namespace?.StartsWith("PolicyEvents", StringComparison.Ordinal) == true
                    ? Step(last, $"{field.DeclaringType.Name}.{Clean(field.Name)}")
                    : (label, last);
                if (fieldType.IsValueType)
                {
                    Visit(target, fieldType, nextLabel, nextLast);
                }
                else if (seen.Add(target))
                {
                    queue.Enqueue((target, nextLabel, nextLast));
                }
            }
        }
    }

    private static (string Label, string Last) Step(string last, string hop) => (last.Length == 0 ? hop : $"{last} › {hop}", hop);

    private static string Clean(string name) => name.StartsWith('<') ? name[1..name.IndexOf('>', StringComparison.Ordinal)] : name;

    private static IEnumerable<FieldInfo> Fields(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }

    private static readonly Dictionary<Type, int> Sizes = [];

    private static int SizeOf(Type type)
    {
        if (!type.IsValueType)
        {
            return IntPtr.Size;
        }
        if (!Sizes.TryGetValue(type, out var size))
        {
            size = (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;
            Sizes[type] = size;
        }
        return size;
    }
}
