using PolicyEvents.Datasets;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.Serialization;

namespace PolicyEvents.Tests.Reliability;

/// <summary>No lost data: a save that fails part way leaves the old file as it was and no temporary file behind.</summary>
public sealed class AtomicSaveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyevents-save-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static PolicyDataset Small() => PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));

    private static PolicyDataset Other() => PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json"));

    [Theory]
    [InlineData("data.json", 1)]
    [InlineData("data.json", 5000)]
    [InlineData("data.jsonl", 300)]
    public void A_write_that_fails_midway_leaves_the_old_file_intact_and_no_temporary_file(string name, int failAfter)
    {
        var path = Path.Combine(_folder, name);
        PolicyDatasetSerializer.SaveFile(Small(), path);
        var before = File.ReadAllBytes(path);
        FailingStream? failing = null;

        var act = () => PolicyDatasetSerializer.SaveFileThrough(Other(), path, DatasetFormat.Auto, s => failing = new FailingStream(s, failAfter));

        act.Should().Throw<IOException>().WithMessage("*simulated*");
        failing!.Written.Should().Be(failAfter, "the failure came part way through the write");
        File.ReadAllBytes(path).Should().Equal(before);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().Equal(name);
        PolicyDatasetSerializer.LoadFile(path).Should().Be(Small());
    }

    [Fact]
    public void A_failed_first_save_leaves_no_file_at_all()
    {
        var path = Path.Combine(_folder, "new.json");

        var act = () => PolicyDatasetSerializer.SaveFileThrough(Other(), path, DatasetFormat.Auto, s => new FailingStream(s, 100));

        act.Should().Throw<IOException>();
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Fact]
    public async Task An_asynchronous_save_cancelled_midway_leaves_the_old_file_intact()
    {
        var path = Path.Combine(_folder, "data.json");
        await PolicyDatasetSerializer.SaveFileAsync(Small(), path);
        var before = await File.ReadAllBytesAsync(path);
        using var cancel = new CancellationTokenSource();

        var act = () => PolicyDatasetSerializer.SaveFileThroughAsync(Other(), path, DatasetFormat.Auto, s => new FailingStream(s, 2000, cancel.Cancel), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await File.ReadAllBytesAsync(path)).Should().Equal(before);
        Directory.GetFiles(_folder).Should().ContainSingle();
    }

    /// <summary>What <see cref="FileStream"/> throws when the system refuses a write past the largest file it allows (EFBIG:
    /// the file system's limit, or the process's <c>ulimit -f</c> with SIGXFSZ ignored), as seen on Linux with .NET 10.</summary>
    private static ArgumentOutOfRangeException FileTooLarge() => new("value", "Specified file length was too large for the file system.");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_past_the_file_size_limit_is_the_documented_io_exception_and_loses_nothing(bool asynchronous)
    {
        var path = Path.Combine(_folder, "data.json");
        PolicyDatasetSerializer.SaveFile(Small(), path);
        var before = File.ReadAllBytes(path);
        Stream TooLarge(Stream file) => new FailingStream(file, 3000, () => throw FileTooLarge());

        Func<Task> act = asynchronous
            ? () => PolicyDatasetSerializer.SaveFileThroughAsync(Other(), path, DatasetFormat.Auto, TooLarge, CancellationToken.None)
            : () => Task.Run(() => PolicyDatasetSerializer.SaveFileThrough(Other(), path, DatasetFormat.Auto, TooLarge));

        var exception = (await act.Should().ThrowExactlyAsync<IOException>()).Which;
        exception.Message.Should().Be($"'{path}' could not be written: Specified file length was too large for the file system. (Parameter 'value')");
        exception.InnerException.Should().BeOfType<ArgumentOutOfRangeException>();
        File.ReadAllBytes(path).Should().Equal(before);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().Equal("data.json");
    }

    [Fact]
    public void A_successful_save_through_the_seam_replaces_the_file_whole()
    {
        var path = Path.Combine(_folder, "data.jsonl");
        PolicyDatasetSerializer.SaveFile(Small(), path);

        PolicyDatasetSerializer.SaveFileThrough(Other(), path, DatasetFormat.Auto, s => new FailingStream(s, long.MaxValue));

        PolicyDatasetSerializer.LoadFile(path).Should().Be(Other());
        Directory.GetFiles(_folder).Should().ContainSingle();
    }

    [Fact]
    public void Saves_racing_on_one_path_leave_one_whole_file_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "data.json");
        var datasets = new[] { Small(), Other() };
        var texts = datasets.Select(d => PolicyDatasetSerializer.ToJson(d)).ToArray();

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            try
            {
                PolicyDatasetSerializer.SaveFile(datasets[i % 2], path);
            }
            catch (IOException)
            {
                // On some systems a move can lose a race with another move; the file must still be whole.
            }
            catch (UnauthorizedAccessException)
            {
                // As above (Windows reports a file being replaced this way).
            }
        });

        texts.Should().Contain(File.ReadAllText(path));
        Directory.GetFiles(_folder).Should().ContainSingle();
    }
}
