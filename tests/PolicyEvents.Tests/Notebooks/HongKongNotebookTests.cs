using System.Text.Json;

namespace PolicyEvents.Tests.Notebooks;

/// <summary>
/// samples/notebooks/hong-kong-2020.ipynb is checked in with the outputs of a real run (samples/notebooks/README.md
/// gives the command). These checks read its JSON only: no notebook tool, no kernel, no network.
/// </summary>
public class HongKongNotebookTests
{
    private static readonly Lazy<(string Root, JsonDocument Notebook)> Loaded = new(() =>
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PolicyEvents.sln")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException("The tests run inside the repository.");
        }
        var path = Path.Combine(root.FullName, "samples", "notebooks", "hong-kong-2020.ipynb");
        return (root.FullName, JsonDocument.Parse(File.ReadAllBytes(path)));
    });

    private static JsonElement Notebook => Loaded.Value.Notebook.RootElement;

    private static List<JsonElement> CodeCells() =>
        [.. Notebook.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code")];

    private static string Joined(JsonElement lines) =>
        lines.ValueKind == JsonValueKind.Array ? string.Concat(lines.EnumerateArray().Select(l => l.GetString())) : lines.GetString() ?? "";

    private static string? StreamName(JsonElement output) => output.TryGetProperty("name", out var name) ? name.GetString() : null;

    private static string OutputText(JsonElement cell) =>
        string.Concat(cell.GetProperty("outputs").EnumerateArray().Select(o =>
            o.TryGetProperty("text", out var text) ? Joined(text)
            : o.TryGetProperty("data", out var data) && data.TryGetProperty("text/plain", out var plain) ? Joined(plain)
            : ""));

    [Fact]
    public void It_is_an_nbformat_4_notebook_for_the_dotnet_interactive_csharp_kernel()
    {
        Notebook.GetProperty("nbformat").GetInt32().Should().Be(4);
        var metadata = Notebook.GetProperty("metadata");
        var kernelspec = metadata.GetProperty("kernelspec");
        kernelspec.GetProperty("name").GetString().Should().Be(".net-csharp");
        kernelspec.GetProperty("language").GetString().Should().Be("C#");
        kernelspec.GetProperty("display_name").GetString().Should().Be(".NET (C#)");
        var polyglot = metadata.GetProperty("polyglot_notebook");
        var kernelInfo = polyglot.TryGetProperty("kernelInfo", out var info) ? info : polyglot;
        kernelInfo.GetProperty("defaultKernelName").GetString().Should().Be("csharp");
        Notebook.GetProperty("cells").EnumerateArray().Should().Contain(c => c.GetProperty("cell_type").GetString() == "markdown");
    }

    [Fact]
    public void Every_code_cell_was_run_and_none_failed()
    {
        var cells = CodeCells();

        cells.Should().HaveCountGreaterThan(5);
        foreach (var cell in cells)
        {
            var source = Joined(cell.GetProperty("source"));
            var outputs = cell.GetProperty("outputs").EnumerateArray().ToList();
            outputs.Should().NotBeEmpty("every code cell prints something, so an unexecuted cell shows: {0}", source);
            outputs.Select(o => o.GetProperty("output_type").GetString()).Should().NotContain("error", "cell failed: {0}", source);
            outputs.Select(StreamName).Should().NotContain("stderr", "cell wrote to stderr: {0}", source);
        }
    }

    [Fact]
    public void It_references_the_built_library_by_a_relative_path_and_its_outputs_name_no_machine_path()
    {
        var first = Joined(CodeCells()[0].GetProperty("source"));
        first.Should().StartWith("#r \"../PolicyEvents.Samples.HongKongFigures/bin/Release/net10.0/PolicyEvents.dll\"");
        File.Exists(Path.Combine(Loaded.Value.Root, "samples", "PolicyEvents.Samples.HongKongFigures", "PolicyEvents.Samples.HongKongFigures.csproj"))
            .Should().BeTrue("the notebook loads that sample's build output");

        var outputs = string.Concat(CodeCells().Select(OutputText));
        outputs.Should().NotContain(Loaded.Value.Root);
        outputs.Should().Contain("requests 135 -> 42 (-69%)").And.Contain("requests 262 -> 202 (-23%)",
            "the notebook's figures are the ones HongKongFiguresSampleTests checks");
    }

    [Fact]
    public void No_cell_carries_the_run_times_that_change_on_every_run()
    {
        // dotnet-repl writes each cell's start and end times; samples/notebooks/normalize.cs removes them, so that
        // regenerating the notebook with the documented command changes nothing when the outputs do not change.
        foreach (var cell in Notebook.GetProperty("cells").EnumerateArray())
        {
            cell.GetProperty("metadata").EnumerateObject().Select(p => p.Name)
                .Should().NotContain(name => name.StartsWith("dotnet_repl_cellExecution", StringComparison.Ordinal));
        }
        var readme = File.ReadAllText(Path.Combine(Loaded.Value.Root, "samples", "notebooks", "README.md"));
        readme.Should().Contain("dotnet run normalize.cs -- hong-kong-2020.ipynb", "the documented command removes them");
    }
}
