using Storyline.Bench.Clustering;

// dotnet run -c Release --project bench/clustering -- [quality | scale [--articles N] [--per-day N]]
var mode = args.Length > 0 ? args[0] : "quality";
var shared = SharedFolder.Find();
switch (mode)
{
    case "quality":
        if (shared is null)
        {
            Console.Error.WriteLine("shared/ not found (walk up for shared/DESIGN.md, or set STORYLINE_SHARED)");
            return 2;
        }
        QualityBench.Run(shared);
        return 0;
    case "scale":
        var articles = args.SkipWhile(a => a != "--articles").Skip(1).Select(int.Parse).FirstOrDefault(300_000);
        var perDay = args.SkipWhile(a => a != "--per-day").Skip(1).Select(int.Parse).FirstOrDefault(10_000);
        ScaleBench.Run(articles, perDay);
        return 0;
    default:
        Console.Error.WriteLine($"unknown mode '{mode}' (quality | scale)");
        return 2;
}
