using System.Security.Cryptography;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>
/// Trains the shipped models on all licence-permitted DEV data: the three YouTube videos (attribution required)
/// for spam and the Davidson DEV split (MIT) for abuse. SMS is left out of the spam model on purpose: added at any
/// weight it lowers cross-video MCC (see docs/benchmarks.md); the Jigsaw sample is a smoke set only.
/// </summary>
public static class TrainCommand
{
    public static int Run(string shared, string? output)
    {
        output ??= Path.Combine(FindRepository(), "src/Storyline.Core/Models/Comments");
        var spam = Recipes.TrainSpam(DataSets.Videos.SelectMany(v => DataSets.YouTube(shared, v)));
        var abuse = Recipes.TrainAbuse(DataSets.Davidson(shared), DataSets.Sms(shared).Concat(DataSets.Videos.SelectMany(v => DataSets.YouTube(shared, v))));
        new CommentModels(spam, abuse).Save(output);
        foreach (var file in new[] { CommentModels.SpamFile, CommentModels.AbuseFile })
        {
            var path = Path.Combine(output, file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            Console.WriteLine($"{path}  {new FileInfo(path).Length / 1024} KiB  sha256 {hash}");
        }
        return 0;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("run from inside the repository (no Storyline.slnx above the current folder), or pass --out DIR");
    }
}
