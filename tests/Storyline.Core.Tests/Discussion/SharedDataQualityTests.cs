using System.Text;
using Microsoft.VisualBasic.FileIO;
using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Scoring;
using Storyline.Testing;

namespace Storyline.Core.Tests.Discussion;

/// <summary>
/// A stable quality floor on the public YouTube data (skipped without ../shared): the shipped recipe trained on two
/// videos and tested on the third. Training is deterministic, so the figures do not move between runs; the
/// thresholds sit a little under those of docs/benchmarks.md.
/// </summary>
public sealed class SharedDataQualityTests
{
    [Theory]
    [InlineData("Youtube01-Psy", 0.90)]
    [InlineData("Youtube02-KatyPerry", 0.90)]
    [InlineData("Youtube03-LMFAO", 0.80)]
    public void LeaveOneVideoOut_WholePipeline_MeetsTheFloor(string testVideo, double minimumMcc)
    {
        var folder = SharedData.RequireDirectory("data/comments/youtube-spam");
        var videos = new[] { ("Youtube01-Psy", "9bZkp7q19f0"), ("Youtube02-KatyPerry", "CevxZvSJLk8"), ("Youtube03-LMFAO", "KQ6zr6kCPj8") };
        var train = videos.Where(v => v.Item1 != testVideo).SelectMany(v => Read(folder, v.Item1, v.Item2)).ToList();
        var test = Read(folder, testVideo, videos.Single(v => v.Item1 == testVideo).Item2).ToList();
        var spam = LogisticTrainer.Train(train.Select(t => new LabelledText { Text = t.Text, Positive = t.Spam }), CommentModels.Shipped.Spam.Features);
        var scorer = new CommentScorer(new CommentModels(spam, CommentModels.Shipped.Abuse));

        int tp = 0, fp = 0, tn = 0, fn = 0, rejectedHam = 0;
        foreach (var (text, isSpam) in test)
        {
            var comment = new CommentInput { Id = "q", Author = "q", Text = text };
            var decision = scorer.Decide(comment, scorer.Score(comment));
            var flagged = decision != ModerationDecision.Publish;
            if (isSpam && flagged) tp++;
            else if (isSpam) fn++;
            else if (flagged) fp++;
            else tn++;
            if (!isSpam && decision == ModerationDecision.Reject) rejectedHam++;
        }
        var mcc = (tp * (double)tn - fp * (double)fn) / Math.Sqrt((double)(tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        Assert.True(mcc >= minimumMcc, $"MCC {mcc:F3} < {minimumMcc}");
        Assert.True(fp <= 0.02 * (fp + tn) + 1, $"{fp} of {fp + tn} legitimate comments held or rejected");
        Assert.True(rejectedHam <= 0.01 * (fp + tn) + 1, $"{rejectedHam} legitimate comments rejected");
    }

    private static IEnumerable<(string Text, bool Spam)> Read(string folder, string video, string videoId)
    {
        using var parser = new TextFieldParser(Path.Combine(folder, video + ".csv"), Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        int content = Array.IndexOf(header, "CONTENT"), label = Array.IndexOf(header, "CLASS");
        var rows = new List<(string, bool)>();
        while (parser.ReadFields() is { } fields) rows.Add((SiteLinks.Mark(fields[content], [videoId]), fields[label] == "1"));
        return rows;
    }
}
