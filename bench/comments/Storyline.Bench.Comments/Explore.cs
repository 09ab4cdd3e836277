using System.Globalization;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>Development aid: threshold sweeps of candidate models on the DEV data (not the reported benchmark).</summary>
public static class Explore
{
    public static void Run(string shared, string what, FeatureOptions features, TrainingOptions training)
    {
        if (what is "youtube" or "all")
        {
            var sms = DataSets.Sms(shared).Select(s => s with { Agreement = Arg("smsw", 0) / 100f }).Where(s => s.Agreement > 0).ToList();
            var pooled = new List<(bool, double)>();
            var thresholds = new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 };
            var fixedAt = thresholds.ToDictionary(t => t, _ => new List<string>());
            foreach (var test in DataSets.Videos)
            {
                var train = DataSets.Videos.Where(v => v != test).SelectMany(v => DataSets.YouTube(shared, v)).ToList();
                if (Arg("dedup", 0) == 1) train = train.DistinctBy(s => s.Text.Trim()).ToList();
                var testSet = DataSets.YouTube(shared, test);
                var scored = Sweep(test, train.Concat(sms).ToList(), testSet, features, training);
                pooled.AddRange(scored);
                foreach (var t in thresholds)
                {
                    var c = Confusion.Of(scored.Select(p => (p.Actual, p.Score >= t)));
                    fixedAt[t].Add(string.Create(CultureInfo.InvariantCulture, $"{c.Mcc:F3}/{c.FalsePositiveRate:F3}"));
                }
            }
            Report("pooled", pooled);
            foreach (var t in thresholds) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  t={t:F1} {string.Join("  ", fixedAt[t])}"));
        }
        if (what is "davidson" or "all")
        {
            var data = DataSets.Davidson(shared);
            var scored = new List<(bool, double)>();
            for (var fold = 0; fold < 5; fold++)
            {
                var name = "fold" + fold.ToString(CultureInfo.InvariantCulture);
                var model = LogisticTrainer.Train(data.Where(s => s.Group != name).Select(s => new LabelledText { Text = s.Text, Positive = s.Positive, Weight = Arg("agree", 1) == 1 ? s.Agreement : 1 }), features, training);
                scored.AddRange(data.Where(s => s.Group == name).Select(s => (s.Positive, model.Probability(s.Text))));
                if (fold == 0 && Environment.GetEnvironmentVariable("X_ERRORS") is not null)
                {
                    foreach (var s in data.Where(s => s.Group == name).Take(1500))
                    {
                        var p = model.Probability(s.Text);
                        if (s.Positive != p >= 0.5) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {(s.Positive ? "MISS" : "FP  ")} {p:F2} {s.Agreement:F2} {s.Text.ReplaceLineEndings(" ")[..Math.Min(140, s.Text.Length)]}"));
                    }
                }
            }
            Report("davidson", scored);
        }
    }

    private static int Arg(string name, int fallback)
    {
        var value = Environment.GetEnvironmentVariable("X_" + name.ToUpperInvariant());
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }

    private static List<(bool Actual, double Score)> Sweep(string name, List<Sample> train, List<Sample> test, FeatureOptions features, TrainingOptions training)
    {
        var model = LogisticTrainer.Train(train.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive, Weight = s.Agreement }), features, training);
        var scored = test.Select(s => (s.Positive, model.Probability(s.Text))).ToList();
        Report(name, scored);
        if (Environment.GetEnvironmentVariable("X_ERRORS") is not null)
        {
            for (var i = 0; i < test.Count; i++)
            {
                if (scored[i].Positive != scored[i].Item2 >= 0.6)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {(test[i].Positive ? "MISS" : "FP  ")} {scored[i].Item2:F2} {test[i].Text.ReplaceLineEndings(" ")[..Math.Min(160, test[i].Text.Length)]}"));
            }
        }
        return scored;
    }

    private static void Report(string name, List<(bool Actual, double Score)> scored)
    {
        var at = Confusion.Of(scored.Select(p => (p.Actual, p.Score >= 0.5)));
        var best = Enumerable.Range(1, 99).Select(t => (T: t / 100.0, C: Confusion.Of(scored.Select(p => (p.Actual, p.Score >= t / 100.0))))).MaxBy(x => x.C.Mcc);
        var fpr2 = Enumerable.Range(1, 99).Select(t => (T: t / 100.0, C: Confusion.Of(scored.Select(p => (p.Actual, p.Score >= t / 100.0))))).Where(x => x.C.FalsePositiveRate <= 0.02).MaxBy(x => x.C.Mcc);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} @0.5 mcc {at.Mcc:F3} fpr {at.FalsePositiveRate:F3} rec {at.Recall:F3} | best t={best.T:F2} mcc {best.C.Mcc:F3} fpr {best.C.FalsePositiveRate:F3} | fpr<=2% t={fpr2.T:F2} mcc {fpr2.C.Mcc:F3} rec {fpr2.C.Recall:F3}"));
    }
}
