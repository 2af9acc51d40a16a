// Removes what changes on every run and says nothing about the analysis from a notebook that dotnet-repl wrote: each
// cell's run times (dotnet_repl_cellExecutionStartTime and dotnet_repl_cellExecutionEndTime in its metadata). Everything
// else is written back as dotnet-repl writes it (one-space indentation, non-ASCII text as it is, no final line end), so
// regenerating the notebook when nothing changed changes nothing. Run from the repository root, after dotnet-repl:
//   dotnet run samples/notebooks/normalize.cs -- samples/notebooks/hong-kong-2020.ipynb
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run samples/notebooks/normalize.cs -- <notebook.ipynb>");
    return 2;
}
string[] runTimes = ["dotnet_repl_cellExecutionStartTime", "dotnet_repl_cellExecutionEndTime"];
var path = args[0];
var notebook = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object.");
var removed = 0;
foreach (var cell in notebook["cells"]?.AsArray() ?? [])
{
    if (cell?["metadata"] is JsonObject metadata)
    {
        removed += runTimes.Count(metadata.Remove);
    }
}
var options = new JsonSerializerOptions { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(path, notebook.ToJsonString(options));
Console.WriteLine($"{path}: {removed} run times removed");
return 0;
