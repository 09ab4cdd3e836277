using System.Globalization;
using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>
/// Robustness checks: SMS spam (5-fold within the set, and how often the comment pipeline trained on YouTube flags
/// legitimate SMS), and the 101-comment Jigsaw sample as a smoke test of the abuse model on real comments.
/// </summary>
public static class OtherBench
{
    public static void Run(string shared, LogisticModel abuse)
    {
        var sms = DataSets.Sms(shared);
        var within = new Confusion(0, 0, 0, 0);
        for (var fold = 0; fold < 5; fold++)
        {
            var name = "fold" + fold.ToString(CultureInfo.InvariantCulture);
            var model = Recipes.TrainSpam(sms.Where(s => s.Group != name));
            within += Confusion.Of(sms.Where(s => s.Group == name).Select(s => (s.Positive, model.Probability(s.Text) >= 0.5)));
        }
        var youtube = Recipes.TrainSpam(DataSets.Videos.SelectMany(v => DataSets.YouTube(shared, v)), sms.Where(s => !s.Positive).Concat(DataSets.Davidson(shared)));
        var scorer = new CommentScorer(new CommentModels(youtube, abuse), Recipes.Policy);
        var transfer = Confusion.Of(sms.Select(s => (s.Positive, YouTubeBench.Decide(scorer, s.Text) != ModerationDecision.Publish)));

        var jigsaw = DataSets.Jigsaw(shared);
        var jigsawModel = Confusion.Of(jigsaw.Select(s => (s.Positive, abuse.Probability(s.Text) >= 0.5)));
        var jigsawPolicy = Confusion.Of(jigsaw.Select(s => (s.Positive, YouTubeBench.Decide(scorer, s.Text) != ModerationDecision.Publish)));

        var table = new Table("check", "n", "MCC", "recall", "FPR");
        table.Add("SMS spam, 5-fold, spam recipe at 0.5", within.Count, within.Mcc, within.Recall, within.FalsePositiveRate);
        table.Add("SMS, YouTube-trained pipeline (flagged)", transfer.Count, transfer.Mcc, transfer.Recall, transfer.FalsePositiveRate);
        table.Add("Jigsaw sample, abuse model at 0.5", jigsawModel.Count, jigsawModel.Mcc, jigsawModel.Recall, jigsawModel.FalsePositiveRate);
        table.Add("Jigsaw sample, whole pipeline (flagged)", jigsawPolicy.Count, jigsawPolicy.Mcc, jigsawPolicy.Recall, jigsawPolicy.FalsePositiveRate);
        table.Print("Other sets (robustness and smoke checks)");
    }
}
