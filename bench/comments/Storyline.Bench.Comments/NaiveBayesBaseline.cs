using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>Multinomial naive Bayes on word counts with Laplace smoothing: the classic spam-filter baseline.</summary>
public sealed class NaiveBayesBaseline
{
    private readonly Dictionary<string, double> positiveLog = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> negativeLog = new(StringComparer.Ordinal);
    private double positivePrior;
    private double negativePrior;
    private double positiveUnseen;
    private double negativeUnseen;

    public static NaiveBayesBaseline Train(IEnumerable<Sample> samples)
    {
        var model = new NaiveBayesBaseline();
        var positive = new Dictionary<string, int>(StringComparer.Ordinal);
        var negative = new Dictionary<string, int>(StringComparer.Ordinal);
        int positiveDocs = 0, negativeDocs = 0;
        foreach (var sample in samples)
        {
            var counts = sample.Positive ? positive : negative;
            if (sample.Positive) positiveDocs++; else negativeDocs++;
            foreach (var word in CommentFeaturizer.Tokens(sample.Text)) counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        var vocabulary = positive.Keys.Union(negative.Keys, StringComparer.Ordinal).ToList();
        double positiveTotal = positive.Values.Sum() + vocabulary.Count;
        double negativeTotal = negative.Values.Sum() + vocabulary.Count;
        foreach (var word in vocabulary)
        {
            model.positiveLog[word] = Math.Log((positive.GetValueOrDefault(word) + 1) / positiveTotal);
            model.negativeLog[word] = Math.Log((negative.GetValueOrDefault(word) + 1) / negativeTotal);
        }
        model.positiveUnseen = Math.Log(1 / positiveTotal);
        model.negativeUnseen = Math.Log(1 / negativeTotal);
        model.positivePrior = Math.Log((double)positiveDocs / (positiveDocs + negativeDocs));
        model.negativePrior = Math.Log((double)negativeDocs / (positiveDocs + negativeDocs));
        return model;
    }

    public bool Predict(string text)
    {
        double positive = positivePrior, negative = negativePrior;
        foreach (var word in CommentFeaturizer.Tokens(text))
        {
            // Words never seen in training carry no evidence either way (as in sklearn, which drops them).
            if (!positiveLog.ContainsKey(word)) continue;
            positive += positiveLog.GetValueOrDefault(word, positiveUnseen);
            negative += negativeLog.GetValueOrDefault(word, negativeUnseen);
        }
        return positive > negative;
    }
}
