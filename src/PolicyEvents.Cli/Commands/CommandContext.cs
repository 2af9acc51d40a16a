using System.CommandLine;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;

namespace PolicyEvents.Cli.Commands;

/// <summary>What every command shares: the environment, the loader and the global options.</summary>
internal sealed class CommandContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="environment">The environment.</param>
    public CommandContext(CliEnvironment environment)
    {
        Environment = environment;
        Loader = new DatasetLoader(environment);
    }

    /// <summary>The environment.</summary>
    public CliEnvironment Environment { get; }

    /// <summary>Opens dataset files, or the built-in dataset.</summary>
    public DatasetLoader Loader { get; }

    /// <summary><c>--format table|json|csv</c> (every command, default table; read with <see cref="FormatOf"/>).</summary>
    public Option<string> FormatOption { get; } = CreateFormatOption();

    /// <summary><c>--verbose</c>: stack traces with errors.</summary>
    public Option<bool> VerboseOption { get; } = new("--verbose")
    {
        Description = "Show the full exception (with stack trace) when a command fails.",
        Recursive = true,
    };

    /// <summary>The output format asked for.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The format.</returns>
    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(FormatOption)?.ToUpperInvariant() switch
    {
        "JSON" => OutputFormat.Json,
        "CSV" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };

    // A string, not the enum: help then shows the default as it is typed ("[default: table]").
    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "How to write results: table (for people), json or csv (for scripts).",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|csv",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("table", "json", "csv");
        return option;
    }

    /// <summary>The optional <c>FILE</c> argument of query commands (the built-in dataset when omitted).</summary>
    /// <returns>A new argument.</returns>
    public static Argument<string?> OptionalFile() => RefusingOptions(new Argument<string?>("FILE")
    {
        Description = "A dataset file (.json or .jsonl, told apart by content); the built-in Hong Kong 2020 dataset when omitted.",
        Arity = ArgumentArity.ZeroOrOne,
    });

    /// <summary>
    /// Makes a file argument refuse a value that looks like an option (<c>--bogus</c>): the parser hands a token it does not
    /// know to the argument, which would then report "file not found: '--bogus'". A lone <c>-</c> (stdout) is allowed; a file
    /// whose name starts with <c>-</c> is written <c>./-name</c>.
    /// </summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">The argument.</param>
    /// <returns>The argument.</returns>
    public static T RefusingOptions<T>(T argument)
        where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' is written ./{token.Value})");
                }
            }
        });
        return argument;
    }

    /// <summary><c>--jurisdiction</c>.</summary>
    /// <returns>A new option.</returns>
    public static Option<string?> JurisdictionOption() => new("--jurisdiction", "-j")
    {
        Description = "Only this jurisdiction (ISO 3166 code or name, e.g. HK).",
    };

    /// <summary><c>--company</c>.</summary>
    /// <returns>A new option.</returns>
    public static Option<string?> CompanyOption() => new("--company", "-c")
    {
        Description = "Only this company (id, name or alias, e.g. google).",
    };

    /// <summary><c>--subsidiaries</c>.</summary>
    /// <returns>A new option.</returns>
    public static Option<bool> SubsidiariesOption() => new("--subsidiaries", "-s")
    {
        Description = "With --company, add the company's subsidiaries (e.g. facebook with whatsapp).",
    };

    /// <summary>Writes rows in the format asked for.</summary>
    /// <param name="parse">The parse result (for <c>--format</c>).</param>
    /// <param name="table">The rows.</param>
    public void Write(ParseResult parse, ResultTable table)
    {
        var format = FormatOf(parse);
        ResultWriter.Write(table, format, Environment.Output, Environment.UseColor && format == OutputFormat.Table);
    }

    /// <summary>Writes one record in the format asked for.</summary>
    /// <param name="parse">The parse result (for <c>--format</c>).</param>
    /// <param name="record">A table with one row.</param>
    public void WriteRecord(ParseResult parse, ResultTable record)
    {
        var format = FormatOf(parse);
        ResultWriter.WriteRecord(record, format, Environment.Output, Environment.UseColor && format == OutputFormat.Table);
    }
}
