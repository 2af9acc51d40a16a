// Product question 7 as a report: the bundled Hong Kong 2020 dataset beside Google's and Meta's published figures for
// Hong Kong, per half-year, then whether the figures followed the pause.
// Run: dotnet run --project samples/PolicyEvents.Samples.HongKongFigures -c Release
using HongKongFiguresSample;
using PolicyEvents;

// The exports are copied beside the program at build time (see the .csproj and README.md).
var files = HongKongFiguresReport.Import(Path.Combine(AppContext.BaseDirectory, "figures"));
HongKongFiguresReport.Write(PolicyDatasets.HongKong2020, files, Console.Out);
