using System.Diagnostics;
using Storyline.Bench.Analysis;

// Analysis benchmark. From the repository root (after bench/analysis/setup.sh for the npm peer):
//   dotnet run -c Release --project bench/analysis -- [ner] [quotes] [speed] [--compartment dev|train] [--verbose]
// With no area named, runs all three.
var areas = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a is not ("dev" or "train")).ToHashSet();
var compartment = args.Contains("train") ? "train" : "dev";
var verbose = args.Contains("--verbose");
if (areas.Count == 0) areas = ["ner", "quotes", "speed"];
var shared = SharedFolder.Find();
var load = Stopwatch.StartNew();
_ = Storyline.Core.Analysis.Ner.NerModel.Default;
Console.WriteLine($"model load {load.Elapsed.TotalMilliseconds:F0} ms; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
if (areas.Contains("ner")) NerBench.Run(shared, verbose);
if (areas.Contains("quotes")) QuoteBench.Run(shared, compartment, verbose);
if (areas.Contains("speed")) SpeedBench.Run(shared);
return 0;
