namespace Storyline.Bench.Comments;

/// <summary>A binary confusion matrix and the figures the README asks for (MCC, recall, false-positive rate).</summary>
public sealed record Confusion(int TruePositive, int FalsePositive, int TrueNegative, int FalseNegative)
{
    public static Confusion Of(IEnumerable<(bool Actual, bool Predicted)> pairs)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var (actual, predicted) in pairs)
        {
            if (actual && predicted) tp++;
            else if (!actual && predicted) fp++;
            else if (!actual) tn++;
            else fn++;
        }
        return new Confusion(tp, fp, tn, fn);
    }

    public double Mcc
    {
        get
        {
            double tp = TruePositive, fp = FalsePositive, tn = TrueNegative, fn = FalseNegative;
            var denominator = Math.Sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
            return denominator == 0 ? 0 : (tp * tn - fp * fn) / denominator;
        }
    }

    public double Recall => TruePositive + FalseNegative == 0 ? 0 : (double)TruePositive / (TruePositive + FalseNegative);

    public double FalsePositiveRate => FalsePositive + TrueNegative == 0 ? 0 : (double)FalsePositive / (FalsePositive + TrueNegative);

    public double F1 => TruePositive == 0 ? 0 : 2.0 * TruePositive / (2.0 * TruePositive + FalsePositive + FalseNegative);

    public int Count => TruePositive + FalsePositive + TrueNegative + FalseNegative;

    public static Confusion operator +(Confusion a, Confusion b) =>
        new(a.TruePositive + b.TruePositive, a.FalsePositive + b.FalsePositive, a.TrueNegative + b.TrueNegative, a.FalseNegative + b.FalseNegative);
}
