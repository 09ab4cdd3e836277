namespace Storyline.Bench.Clustering;

internal static class ScaleBench
{
    public static void Run(int articles) => Console.WriteLine(articles);
}
