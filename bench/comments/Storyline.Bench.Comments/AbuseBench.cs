using System.Globalization;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>
/// Five-fold cross-validation on the Davidson DEV split (folds by a hash of the tweet): hate or offensive against
/// neither. Baselines: logistic regression on n-grams, multinomial naive Bayes, and a keyword list learned from the
/// training folds (the 50 words most indicative of abuse).
/// </summary>
public static class AbuseBench
{
    private const int Keywords = 50;

    public static void Run(string shared)
    {
        var data = DataSets.Davidson(shared);
        var otherDomains = DataSets.Sms(shared).Concat(DataSets.Videos.SelectMany(v => DataSets.YouTube(shared, v))).ToList();
        var table = new Table("fold", "n", "system MCC", "F1", "FPR", "LR MCC", "LR F1", "NB MCC", "keywords MCC");
        Confusion systemAll = new(0, 0, 0, 0), lrAll = systemAll, nbAll = systemAll, keywordAll = systemAll;
        for (var fold = 0; fold < 5; fold++)
        {
            var name = "fold" + fold.ToString(CultureInfo.InvariantCulture);
            var train = data.Where(s => s.Group != name).ToList();
            var test = data.Where(s => s.Group == name).ToList();
            var model = Recipes.TrainAbuse(train, otherDomains);
            var system = Confusion.Of(test.Select(s => (s.Positive, model.Probability(s.Text) >= 0.5)));
            var baseline = Recipes.TrainBaseline(train);
            var lr = Confusion.Of(test.Select(s => (s.Positive, baseline.Probability(s.Text) >= 0.5)));
            var nbModel = NaiveBayesBaseline.Train(train);
            var nb = Confusion.Of(test.Select(s => (s.Positive, nbModel.Predict(s.Text))));
            var keywords = LearnKeywords(train);
            var keyword = Confusion.Of(test.Select(s => (s.Positive, CommentFeaturizer.Tokens(s.Text).Any(keywords.Contains))));
            table.Add(name, test.Count, system.Mcc, system.F1, system.FalsePositiveRate, lr.Mcc, lr.F1, nb.Mcc, keyword.Mcc);
            systemAll += system;
            lrAll += lr;
            nbAll += nb;
            keywordAll += keyword;
        }
        table.Add("**pooled**", systemAll.Count, systemAll.Mcc, systemAll.F1, systemAll.FalsePositiveRate, lrAll.Mcc, lrAll.F1, nbAll.Mcc, keywordAll.Mcc);
        table.Print("Abuse, Davidson DEV, 5-fold (hate or offensive vs neither; threshold 0.5)");
    }

    private static HashSet<string> LearnKeywords(List<Sample> train)
    {
        var positive = new Dictionary<string, int>(StringComparer.Ordinal);
        var negative = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sample in train)
        {
            var counts = sample.Positive ? positive : negative;
            foreach (var word in CommentFeaturizer.Tokens(sample.Text).Distinct(StringComparer.Ordinal)) counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        double p = train.Count(s => s.Positive), n = train.Count - p;
        return positive.Where(kv => kv.Value >= 20)
            .OrderByDescending(kv => Math.Log((kv.Value + 1) / (p + 2)) - Math.Log((negative.GetValueOrDefault(kv.Key) + 1) / (n + 2)))
            .Take(Keywords)
            .Select(kv => kv.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
