using System.Globalization;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>Development aid: margins of several member models per test text, combined in log-odds.</summary>
public static class ExploreEnsemble
{
    private sealed record Member(string Name, FeatureOptions Features, TrainingOptions Training, float Adapt = 0, int Filter = 0);

    private static readonly TrainingOptions Lr = new() { Epochs = 12, LearningRate = 0.3f, L2 = 1e-5f };
    private static readonly TrainingOptions Nb = new() { Epochs = 4, LearningRate = 0.1f, L2 = 1e-5f, NaiveBayesScaling = true };

    private static readonly Member[] AbuseMembers =
    [
        new("recipe", Recipes.AbuseFeatures, Nb),
        new("nb-word1", Recipes.AbuseWordMember.Features, Recipes.AbuseWordMember.Training),
        new("recipe-hard", Recipes.AbuseFeatures, Nb, Filter: 1),
        new("recipe-unweighted", Recipes.AbuseFeatures, Nb, Filter: 2),
        new("nb-word1-hard", Recipes.AbuseWordMember.Features, Recipes.AbuseWordMember.Training, Filter: 1),
        new("lr-char-unbal", new FeatureOptions { MaxWordNgram = 0, MinCharNgram = 2, MaxCharNgram = 5, Behaviour = true }, Lr with { BalanceClasses = false }),
    ];

    private static readonly Member[] SpamMembers =
    [
        new("recipe", Recipes.SpamFeatures, Recipes.SpamTraining),
        new("adapt1", Recipes.SpamFeatures, Recipes.SpamTraining, 1),
        new("adapt.5", Recipes.SpamFeatures, Recipes.SpamTraining, 0.5f),
        new("adapt.7", Recipes.SpamFeatures, Recipes.SpamTraining, 0.7f),
        new("adapt1.5", Recipes.SpamFeatures, Recipes.SpamTraining, 1.5f),
    ];

    public static void Run(string shared, string what)
    {
        if (what == "davidson")
        {
            var data = DataSets.Davidson(shared);
            var other = DataSets.Sms(shared).Concat(DataSets.Videos.SelectMany(v => DataSets.YouTube(shared, v))).ToList();
            var rows = new List<(bool Positive, double[] Margins)>();
            for (var fold = 0; fold < 5; fold++)
            {
                var name = "fold" + fold.ToString(CultureInfo.InvariantCulture);
                var train = data.Where(s => s.Group != name)
                    .Select(s => new LabelledText { Text = s.Text, Positive = s.Positive, Weight = s.Agreement })
                    .Concat(other.Select(s => new LabelledText { Text = s.Text, Positive = false, Weight = 0.3f })).ToList();
                var test = data.Where(s => s.Group == name).ToList();
                rows.AddRange(Margins(AbuseMembers, train, test));
                Console.Error.WriteLine($"fold {fold} done");
            }
            Analyse(AbuseMembers, rows, fprCap: 1);
        }
        else
        {
            var rows = new List<(bool Positive, double[] Margins)>();
            foreach (var video in DataSets.Videos)
            {
                var trainSamples = DataSets.Videos.Where(v => v != video).SelectMany(v => DataSets.YouTube(shared, v)).ToList();
                var train = trainSamples.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive }).ToList();
                Groups = trainSamples.Select(s => s.Group).ToList();
                var test = DataSets.YouTube(shared, video);
                var part = Margins(SpamMembers, train, test);
                rows.AddRange(part);
                Console.WriteLine(video);
                Analyse(SpamMembers, part, fprCap: 0.02);
            }
            Console.WriteLine("pooled");
            Analyse(SpamMembers, rows, fprCap: 0.02);
        }
    }

    private static List<(bool, double[])> Margins(Member[] members, List<LabelledText> train, List<Sample> test)
    {
        var result = test.Select(s => (s.Positive, new double[members.Length])).ToList();
        for (var m = 0; m < members.Length; m++)
        {
            // Filter 1: unanimous tweets only (other-domain texts kept); 2: every example at weight 1.
            var data = members[m].Filter switch
            {
                1 => train.Where(t => t.Weight is 1 or 0.3f).ToList(),
                2 => train.Select(t => t with { Weight = t.Weight == 0.3f ? 0.3f : 1 }).ToList(),
                _ => train,
            };
            var model = members[m].Adapt > 0 ? TrainAdapted(data, members[m]) : LogisticTrainer.Train(data, members[m].Features, members[m].Training);
            for (var i = 0; i < test.Count; i++) result[i].Item2[m] = model.Margin(model.Featurizer.Featurize(test[i].Text));
        }
        return result;
    }

    private static List<string> Groups = [];

    // Daume's "frustratingly easy" domain adaptation: every training feature also gets a copy private to its
    // domain (video); at test time only the shared copy exists, so it keeps what holds across domains.
    private static LogisticModel TrainAdapted(List<LabelledText> train, Member member)
    {
        var featurizer = new CommentFeaturizer(member.Features);
        var space = featurizer.Dimension - 32;
        var examples = new List<TrainingExample>();
        for (var i = 0; i < train.Count; i++)
        {
            var x = featurizer.Featurize(train[i].Text);
            var salt = (uint)(Array.IndexOf(DataSets.Videos, Groups[i]) + 1) * 0x9E3779B9u;
            var map = new SortedDictionary<int, float>();
            for (var k = 0; k < x.Indices.Length; k++)
            {
                map[x.Indices[k]] = map.GetValueOrDefault(x.Indices[k]) + x.Values[k];
                var j = 32 + (int)((((uint)x.Indices[k] * 2654435761u) ^ salt) * 16777619u % (uint)space);
                map[j] = map.GetValueOrDefault(j) + x.Values[k] * member.Adapt;
            }
            examples.Add(new TrainingExample(new SparseVector(map.Keys.ToArray(), map.Values.ToArray()), train[i].Positive, train[i].Weight));
        }
        return LogisticTrainer.Train(examples, member.Features, member.Training, start: null);
    }

    private static void Analyse(Member[] members, List<(bool Positive, double[] Margins)> rows, double fprCap)
    {
        for (var m = 0; m < members.Length; m++) Print(members[m].Name, rows.Select(r => (r.Positive, r.Margins[m])).ToList(), fprCap);
        for (var a = 0; a < members.Length; a++)
        for (var b = a + 1; b < members.Length; b++)
            Print(members[a].Name + "+" + members[b].Name, rows.Select(r => (r.Positive, (r.Margins[a] + r.Margins[b]) / 2)).ToList(), fprCap);
        Print("all", rows.Select(r => (r.Positive, r.Margins.Average())).ToList(), fprCap);
    }

    private static void Print(string name, List<(bool Positive, double Margin)> scored, double fprCap)
    {
        var at0 = Confusion.Of(scored.Select(p => (p.Positive, p.Margin >= 0)));
        var sweep = Enumerable.Range(-60, 121).Select(t => (T: t / 10.0, C: Confusion.Of(scored.Select(p => (p.Positive, p.Margin >= t / 10.0))))).ToList();
        var best = sweep.MaxBy(x => x.C.Mcc);
        var capped = sweep.Where(x => x.C.FalsePositiveRate <= fprCap).MaxBy(x => x.C.Mcc);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-22} @0 {at0.Mcc:F3} fpr {at0.FalsePositiveRate:F3} | best t={best.T:F1} {best.C.Mcc:F3} fpr {best.C.FalsePositiveRate:F3} | capped t={capped.T:F1} {capped.C.Mcc:F3}"));
    }
}
