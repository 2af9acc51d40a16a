using System.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Import;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Fuzz;

/// <summary>
/// The fuzz targets, shared by the SharpFuzz program (fuzz/PolicyEvents.Fuzz) and the tests' short deterministic replay.
/// The rule: only the library's own exceptions may escape a reader (<see cref="DatasetFormatException"/>,
/// <see cref="DatasetValidationException"/>), an importer throws nothing, and whatever loads must save and load back equal.
/// Any other exception, or a broken round trip, is a finding: it escapes (and AFL records a crash).
/// </summary>
internal static class FuzzHarnesses
{
    /// <summary>The harness names, as given on the fuzz program's command line.</summary>
    internal static readonly string[] Names = ["document", "lines", "edtf", "google", "meta"];

    /// <summary>Runs one harness on one input.</summary>
    internal static void Run(string harness, byte[] data)
    {
        switch (harness)
        {
            case "document": Dataset(data, DatasetFormat.Document); break;
            case "lines": Dataset(data, DatasetFormat.JsonLines); break;
            case "edtf": Edtf(data); break;
            case "google": Google(data); break;
            case "meta": Meta(data); break;
            default: throw new ArgumentException($"Unknown harness '{harness}'; expected one of {string.Join(", ", Names)}.", nameof(harness));
        }
    }

    private static void Dataset(byte[] data, DatasetFormat format)
    {
        PolicyDataset dataset;
        try
        {
            dataset = PolicyDatasetSerializer.Load(new MemoryStream(data, writable: false), new DatasetReadOptions { Format = format, FileName = "fuzz", Validate = false });
        }
        catch (DatasetFormatException exception)
        {
            Check(exception.Diagnostics.Any() && exception.Diagnostics.All(d => d.Location.Path is not null), "a format exception without a located diagnostic");
            StreamRecords(data, format);
            return;
        }
        // Whatever loads saves and loads back equal, in both forms, and validates without throwing.
        foreach (var form in new[] { DatasetFormat.Document, DatasetFormat.JsonLines })
        {
            var text = PolicyDatasetSerializer.ToJson(dataset, form);
            var again = PolicyDatasetSerializer.FromJson(text, DatasetReadOptions.WithoutValidation);
            Check(again.Equals(dataset), $"a {form} round trip changed the dataset");
            Check(PolicyDatasetSerializer.ToJson(again, form) == text, $"a {form} round trip changed the canonical text");
        }
        _ = dataset.Validate();
        StreamRecords(data, format);
    }

    private static void StreamRecords(byte[] data, DatasetFormat format)
    {
        if (format != DatasetFormat.JsonLines)
        {
            return;
        }
        try
        {
            foreach (var record in PolicyDatasetSerializer.ReadRecords(new MemoryStream(data, writable: false)))
            {
                Check(record.Value is not null && record.Line >= 1, "a streamed record without a value or line");
            }
        }
        catch (DatasetFormatException)
        {
            // The library's own exception: allowed.
        }
    }

    private static void Edtf(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var ok = PartialDate.TryParse(text, out var date);
        try
        {
            var parsed = PartialDate.Parse(text);
            Check(ok && parsed == date, "Parse accepted what TryParse refused, or read it differently");
        }
        catch (FormatException)
        {
            Check(!ok, "Parse refused what TryParse accepted");
        }
        if (ok)
        {
            var written = date.ToString();
            Check(PartialDate.Parse(written) == date && PartialDate.Parse(written).ToString() == written, "an EDTF date did not survive ToString and Parse");
        }
    }

    private static void Google(byte[] data)
    {
        var result = GoogleUserDataRequestsCsv.Read(new MemoryStream(data, writable: false), "fuzz.csv", new CompanyId("google"));
        Check(result.Issues.All(i => i.Line >= 1 || i.Line == 0), "an issue with a negative line");
    }

    private static void Meta(byte[] data)
    {
        var result = MetaGovernmentRequestsCsv.Read(new MemoryStream(data, writable: false), "fuzz-2020_H1.csv", new CompanyId("facebook"));
        Check(result.Issues.All(i => i.Line >= 0), "an issue with a negative line");
    }

    private static void Check(bool condition, string finding)
    {
        if (!condition)
        {
            throw new FuzzFindingException(finding);
        }
    }
}
