using SharpFuzz;

namespace PolicyEvents.Fuzz;

/// <summary>
/// SharpFuzz entry point: <c>PolicyEvents.Fuzz HARNESS</c> runs under AFL (afl-fuzz feeds each input on standard input);
/// <c>PolicyEvents.Fuzz HARNESS --replay FOLDER</c> runs every file of a folder in process and reports findings.
/// docs/reliability.md has the commands.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzHarnesses.Names.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: PolicyEvents.Fuzz {string.Join("|", FuzzHarnesses.Names)} [--replay FOLDER]");
            return 2;
        }
        var harness = args[0];
        if (args.Length == 3 && args[1] == "--replay")
        {
            var findings = 0;
            foreach (var file in Directory.EnumerateFiles(args[2]).Order(StringComparer.Ordinal))
            {
                try
                {
                    FuzzHarnesses.Run(harness, File.ReadAllBytes(file));
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    findings++;
                    Console.WriteLine($"{file}: {exception}");
                }
            }
            Console.WriteLine($"{harness}: {findings} finding(s)");
            return findings == 0 ? 0 : 1;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            FuzzHarnesses.Run(harness, copy.ToArray());
        });
        return 0;
    }
}
