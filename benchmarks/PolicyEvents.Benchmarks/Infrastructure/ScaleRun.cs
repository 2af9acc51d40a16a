using System.Diagnostics;
using System.Globalization;
using NodaTime;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// <c>--scale N</c>: one load of the synthetic dataset of N events from its JSON Lines file, straight into a history with
/// its events as columns (<see cref="PolicyDatasetSerializer.LoadHistoryFile"/>), in this process, then point queries
/// on it, after two loads of the 10,000-event file, which compile most of the code (the first load of a process runs
/// partly in unoptimized code). The runtime still compiles for a few seconds after them: a few percent of a load of ten
/// million events, but most of a load of 100,000, which is for BenchmarkDotNet to measure (RESULTS.md, tenth round).
/// Prints the load's wall-clock time, the process's peak working set, the managed heap the history keeps, and the
/// mean time of a point query. Not a BenchmarkDotNet run: a load of ten million events takes minutes and its memory is
/// the measurement, so it runs once, in a fresh process per size (run the command once per size). A file not written yet
/// is generated first, and the run then measured in a child process: generating ten million events takes gigabytes that
/// the process's peak working set would keep (10.63 GiB against 6.11 measured so). No timing here is a unit test; the
/// results are written down in benchmarks/RESULTS.md.
/// </summary>
public static class ScaleRun
{
    private const int Queries = 1024;
    private const int Rounds = 200;

    private const int WarmUpEvents = 10_000;

    public static void Run(int eventCount, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!SyntheticFiles.Exists(eventCount) || !SyntheticFiles.Exists(WarmUpEvents))
        {
            SyntheticFiles.PathFor(WarmUpEvents); // writes the file when it is missing
            SyntheticFiles.PathFor(eventCount);
            RunInChildProcess(eventCount, output);
            return;
        }
        output.WriteLine("| events | JSON Lines bytes | load | peak working set | managed heap kept | point query (mean) | allocated by 1,024 point queries | answers found |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var path = SyntheticFiles.PathFor(eventCount);
        var bytes = new FileInfo(path).Length;
        var options = new DatasetReadOptions { Format = DatasetFormat.JsonLines, MaxBytes = long.MaxValue, MaxRecords = long.MaxValue };
        for (var warm = 0; warm < 2; warm++)
        {
            GC.KeepAlive(PolicyDatasetSerializer.LoadHistoryFile(SyntheticFiles.PathFor(WarmUpEvents), options));
        }
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var stopwatch = Stopwatch.StartNew();
        var history = PolicyDatasetSerializer.LoadHistoryFile(path, options);
        var load = stopwatch.Elapsed;
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;

        // Questions drawn from the history itself (seeded): the pair of an event, at an instant between 2009 and 2026.
        var random = new Random(20200630);
        var events = history.Events;
        var keys = new HistoryKey[Queries];
        var pairs = new (Domain.CompanyId Company, Domain.JurisdictionCode Jurisdiction)[Queries];
        var instants = new Instant[Queries];
        for (var q = 0; q < Queries; q++)
        {
            var e = events[random.Next(events.Count)];
            pairs[q] = (e.Company, e.Jurisdiction);
            history.TryGetKey(e.Company, e.Jurisdiction, out keys[q]);
            instants[q] = Instant.FromUtc(2009, 1, 1, 0, 0) + Duration.FromSeconds(random.NextInt64(18L * 365 * 86_400));
        }
        var found = 0;
        stopwatch.Restart();
        for (var r = 0; r < Rounds; r++)
        {
            for (var q = 0; q < Queries; q++)
            {
                found += history.PolicyAt(pairs[q].Company, pairs[q].Jurisdiction, instants[q]).HasPolicy ? 1 : 0;
            }
        }
        var pointQuery = stopwatch.Elapsed.TotalNanoseconds / (Rounds * Queries);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var q = 0; q < Queries; q++)
        {
            found += history.PolicyAt(keys[q], instants[q]).HasPolicy ? 1 : 0;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {eventCount:N0} | {bytes:N0} | {load.TotalSeconds:F2} s | {peak / (1024.0 * 1024 * 1024):F2} GiB | {kept / (1024.0 * 1024 * 1024):F2} GiB ({(double)kept / eventCount:F0} B/event) | {pointQuery:F0} ns | {allocated} B | {found} |"));
    }

    /// <summary>Runs <c>--scale</c> again in a new process of this program, now that the files exist, and copies what it
    /// prints.</summary>
    private static void RunInChildProcess(int eventCount, TextWriter output)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScaleRun).Assembly.Location); // run as `dotnet PolicyEvents.Benchmarks.dll`
        }
        start.ArgumentList.Add("--scale");
        start.ArgumentList.Add(eventCount.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The measuring process did not start.");
        output.Write(child.StandardOutput.ReadToEnd());
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The measuring process exited with code {child.ExitCode}."));
        }
    }
}
