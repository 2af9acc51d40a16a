using System.Text;
using PolicyEvents.Fuzz;
using PolicyEvents.Tests.Serialization;

namespace PolicyEvents.Tests.Reliability;

/// <summary>A short deterministic replay of the fuzz harnesses: the seed inputs, then seeded random mutations of them
/// (bytes flipped, structural bytes inserted, ranges cut, repeated or spliced from another seed). The harness rule holds
/// for each: only the library's own exceptions escape a reader, importers throw nothing, and what loads round-trips.
/// Long runs use AFL (docs/reliability.md).</summary>
[Trait("Category", "Slow")]
public class FuzzReplayTests
{
    private const int MutantsPerHarness = 2000;
    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}[]\":,\\0129-TZ~?%.\n\r ,\"\"aé") is var b ? [.. b, 0x00, 0xFF, 0xC0, 0xED, 0xEF, 0xBB, 0xBF] : [];

    private static IEnumerable<byte[]> Seeds(string harness)
    {
        var malformed = MalformedCorpusTests.Folder;
        return harness switch
        {
            "document" => Fixtures.ValidFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal))
                .Concat(Directory.GetFiles(malformed, "*.json")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
            "lines" => Fixtures.ValidFiles().Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal))
                .Concat(Directory.GetFiles(malformed, "*.jsonl")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
            "edtf" => new[] { "2020", "2020-07", "2020-07-06", "2020-07-06~", "2020?", "2020-07%", "2020-06-30T23:00:00+08:00", "2020-06-30T15:00:00.5Z", "0000", "9999-12-31",
                "2020-07-07/2020-07-14", "2020-07-07/..", "../2020-07-14", "2020-07-07/", "2020-07-1X", "201X-XX", "2020-XX-XX~", "2020-06-30T23:00:00+08:00/2020-07-1X?" }
                .Select(Encoding.UTF8.GetBytes),
            "google" => [Head("google-global-user-data-requests.csv")],
            _ => [Head("PRPL-Facebook-Government-Report-2020_H1.csv"), Head("PRPL-Facebook-Government-Report-2020_H2.csv")],
        };
    }

    private static byte[] Head(string figures) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "figures", figures)).AsSpan(0, 1500).ToArray();

    private static byte[] Mutate(Random random, byte[] input, byte[][] seeds)
    {
        var bytes = new List<byte>(input);
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes.Insert(at, Interesting[random.Next(Interesting.Length)]); break;
                case 2 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16))); break;
                case 3 when bytes.Count > 0: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 32)))); break;
                case 4:
                    var other = seeds[random.Next(seeds.Length)];
                    var from = random.Next(other.Length + 1);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, random.Next(1, 64))).ToArray());
                    break;
                default: if (bytes.Count > 0) { bytes[at] = Interesting[random.Next(Interesting.Length)]; } break;
            }
        }
        return [.. bytes];
    }

    [Theory]
    [InlineData("document")]
    [InlineData("lines")]
    [InlineData("edtf")]
    [InlineData("google")]
    [InlineData("meta")]
    public void Seeds_and_their_mutations_keep_the_harness_rule(string harness)
    {
        var seeds = Seeds(harness).ToArray();
        var random = new Random(20200630 + Array.IndexOf(FuzzHarnesses.Names, harness));
        var findings = new List<string>();

        void Run(byte[] input)
        {
            try
            {
                FuzzHarnesses.Run(harness, input);
            }
            catch (Exception exception)
            {
                findings.Add($"{exception.GetType().Name}: {exception.Message} on input {Convert.ToBase64String(input)}");
            }
        }

        foreach (var seed in seeds)
        {
            Run(seed);
        }
        for (var i = 0; i < MutantsPerHarness; i++)
        {
            Run(Mutate(random, seeds[random.Next(seeds.Length)], seeds));
        }

        seeds.Should().NotBeEmpty();
        findings.Should().BeEmpty();
    }
}
