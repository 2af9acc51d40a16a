// Runs the documentation's code samples by name; with no name, lists them.
using DocSamples;

if (args.Length == 0)
{
    foreach (var name in SampleRunner.Names)
    {
        Console.WriteLine(name);
    }
    return 0;
}
foreach (var name in args)
{
    if (!SampleRunner.TryRun(name, Console.Out))
    {
        Console.Error.WriteLine($"no sample named '{name}'; run without arguments to list them");
        return 2;
    }
}
return 0;
