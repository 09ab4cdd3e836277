namespace Storyline.Core.Analysis.Text;

/// <summary>A token of a text: UTF-16 offsets, <see cref="End"/> exclusive; <see cref="SentenceStart"/> marks the first token of a sentence.</summary>
public readonly record struct Token(int Start, int End, bool SentenceStart)
{
    public int Length => End - Start;
}
