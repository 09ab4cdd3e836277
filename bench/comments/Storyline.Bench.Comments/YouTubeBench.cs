using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Policy;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>
/// Leave-one-video-out on the YouTube DEV videos: train on two, test on the third. The system is the whole
/// pipeline (spam model trained on the two videos, the abuse model, the default moderation policy); "flagged"
/// means held or rejected. Baselines: multinomial naive Bayes on words and logistic regression on n-grams.
/// </summary>
public static class YouTubeBench
{
    public static void Run(string shared)
    {
        var table = new Table("test video", "n", "system MCC", "recall", "FPR hold+reject", "FPR reject", "NB MCC", "NB FPR", "LR MCC", "LR FPR", "system MCC, unseen texts", "n unseen");
        Confusion systemAll = new(0, 0, 0, 0), rejectAll = systemAll, nbAll = systemAll, lrAll = systemAll, unseenAll = systemAll;
        var davidson = DataSets.Davidson(shared);
        var sms = DataSets.Sms(shared);
        var otherHam = sms.Where(s => !s.Positive).Concat(davidson).ToList();
        foreach (var video in DataSets.Videos)
        {
            var train = DataSets.Videos.Where(v => v != video).SelectMany(v => DataSets.YouTube(shared, v)).ToList();
            var test = DataSets.YouTube(shared, video);
            // The abuse model sees the training videos as non-abusive examples, never the test video.
            var abuse = Recipes.TrainAbuse(davidson, sms.Concat(train));
            var scorer = new CommentScorer(new CommentModels(Recipes.TrainSpam(train, otherHam), abuse), Recipes.Policy);
            var verdicts = test.Select(s => Evaluate(scorer, s.Text)).ToList();
            var decisions = verdicts.Select(v => v.Decision).ToList();
            var hamRules = test.Select((s, i) => (s, v: verdicts[i])).Where(x => !x.s.Positive && x.v.Decision != ModerationDecision.Publish).GroupBy(x => x.v.Rule);
            Console.WriteLine($"{video}: legitimate comments flagged by " + string.Join(", ", hamRules.Select(g => $"{g.Key} {g.Count()}")));
            if (Environment.GetEnvironmentVariable("X_ERRORS") is not null) foreach (var g in hamRules) foreach (var x in g) Console.WriteLine($"   {x.v.Reason}: {x.s.Text[..Math.Min(150, x.s.Text.Length)]}");
            var system = Confusion.Of(test.Select((s, i) => (s.Positive, decisions[i] != ModerationDecision.Publish)));
            var reject = Confusion.Of(test.Select((s, i) => (s.Positive, decisions[i] == ModerationDecision.Reject)));
            var nbModel = NaiveBayesBaseline.Train(train);
            var nb = Confusion.Of(test.Select(s => (s.Positive, nbModel.Predict(s.Text))));
            var lrModel = Recipes.TrainBaseline(train);
            var lr = Confusion.Of(test.Select(s => (s.Positive, lrModel.Probability(s.Text) >= 0.5)));
            // Cross-video campaigns repeat the same text; this column leaves out test rows seen in training.
            var seen = train.Select(s => Normalise(s.Text)).ToHashSet(StringComparer.Ordinal);
            var unseen = Confusion.Of(test.Select((s, i) => (s, i)).Where(x => !seen.Contains(Normalise(x.s.Text))).Select(x => (x.s.Positive, decisions[x.i] != ModerationDecision.Publish)));
            table.Add(video, test.Count, system.Mcc, system.Recall, system.FalsePositiveRate, reject.FalsePositiveRate, nb.Mcc, nb.FalsePositiveRate, lr.Mcc, lr.FalsePositiveRate, unseen.Mcc, unseen.Count);
            systemAll += system;
            rejectAll += reject;
            nbAll += nb;
            lrAll += lr;
            unseenAll += unseen;
        }
        table.Add("**pooled**", systemAll.Count, systemAll.Mcc, systemAll.Recall, systemAll.FalsePositiveRate, rejectAll.FalsePositiveRate, nbAll.Mcc, nbAll.FalsePositiveRate, lrAll.Mcc, lrAll.FalsePositiveRate, unseenAll.Mcc, unseenAll.Count);
        table.Print("YouTube spam, leave one video out (flagged = hold or reject)");
    }

    public static ModerationDecision Decide(CommentScorer scorer, string text) => Evaluate(scorer, text).Decision;

    public static ModerationVerdict Evaluate(CommentScorer scorer, string text)
    {
        var comment = new CommentInput { Id = "bench", Author = "bench", Text = text };
        return scorer.Evaluate(comment, scorer.Score(comment));
    }

    private static string Normalise(string text) => string.Join(' ', CommentFeaturizer.Tokens(text));
}
