using PolicyEvents.Diagnostics;

namespace PolicyEvents.Tests.Validation;

/// <summary>How diagnostics, their locations and the validation exception read and compare.</summary>
public class DiagnosticTests
{
    private static Diagnostic Error(string message, DiagnosticLocation? location = null) => new(DiagnosticSeverity.Error, "PE0103", message, location);

    [Fact]
    public void A_diagnostic_reads_file_line_column_path_severity_code_and_message()
    {
        Error("Gone.", new DiagnosticLocation("f.json", 3, 5, "$.x")).ToString().Should().Be("f.json(3,5) $.x: error PE0103: Gone.");
        new Diagnostic(DiagnosticSeverity.Warning, "PE0112", "Thin.").ToString().Should().Be("warning PE0112: Thin.");
        Error("Gone.", new DiagnosticLocation(null, null, null, "$.x")).ToString().Should().Be("$.x: error PE0103: Gone.");
        new DiagnosticLocation("f.json", 3, null, null).ToString().Should().Be("f.json(3)");
        new DiagnosticLocation(null, 3, 5, null).ToString().Should().Be("(3,5)");
        new DiagnosticLocation(null, null, null, null).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Lines_and_columns_are_counted_from_one()
    {
        var line = () => new DiagnosticLocation("f.json", 0, 1, null);
        var column = () => new DiagnosticLocation("f.json", 1, 0, null);

        line.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("line").WithMessage("Lines are counted from 1.*");
        column.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("column").WithMessage("Columns are counted from 1.*");
    }

    [Fact]
    public void Locations_and_diagnostics_differ_in_any_part()
    {
        var location = new DiagnosticLocation("f.json", 3, 5, "$.x");

        location.Should().Be(new DiagnosticLocation("f.json", 3, 5, "$.x"));
        location.Should().NotBe(new DiagnosticLocation("g.json", 3, 5, "$.x"));
        location.Should().NotBe(new DiagnosticLocation("f.json", 4, 5, "$.x"));
        location.Should().NotBe(new DiagnosticLocation("f.json", 3, 6, "$.x"));
        location.Should().NotBe(new DiagnosticLocation("f.json", 3, 5, "$.y"));
        Error("Gone.", location).Should().Be(Error("Gone.", location));
        Error("Gone.", location).Should().NotBe(Error("Lost.", location));
        Error("Gone.", location).Should().NotBe(Error("Gone.", location.WithPath("$.y")));
        Error("Gone.", location).Should().NotBe(new Diagnostic(DiagnosticSeverity.Error, "PE0104", "Gone.", location));
        Error("Gone.", location).Should().NotBe(new Diagnostic(DiagnosticSeverity.Warning, "PE0103", "Gone.", location));
    }

    [Fact]
    public void The_exception_message_counts_both_severities_and_shows_ten_diagnostics_errors_first()
    {
        var warning = new Diagnostic(DiagnosticSeverity.Warning, "PE0112", "Thin.");
        var errors = Enumerable.Range(1, 11).Select(i => Error($"Gone {i}.")).ToList();
        var nl = Environment.NewLine;

        var many = new DatasetValidationException([warning, .. errors]);
        var ten = new DatasetValidationException([warning, .. errors.Take(9)]);

        many.Message.Should().Be($"The dataset has 11 error(s) and 1 warning(s):{nl}"
            + string.Join(nl, errors.Take(10).Select(e => "  " + e)) + $"{nl}  … and 2 more");
        ten.Message.Should().Be($"The dataset has 9 error(s) and 1 warning(s):{nl}"
            + string.Join(nl, errors.Take(9).Select(e => "  " + e)) + $"{nl}  {warning}");
        new DatasetValidationException((IEnumerable<Diagnostic>)null!).Diagnostics.Should().BeEmpty();
    }
}
