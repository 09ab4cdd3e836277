namespace Storyline.Bench.Analysis;

/// <summary>Precision, recall and F1 from counts.</summary>
public sealed record SpanScore(int Gold, int Predicted, int CorrectPredicted, int FoundGold)
{
    public double Precision => Predicted == 0 ? 0 : (double)CorrectPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)FoundGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public override string ToString() => $"{Precision,6:F3} {Recall,6:F3} {F1,6:F3}   (gold {Gold}, predicted {Predicted})";
}
