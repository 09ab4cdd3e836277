namespace Storyline.Bench.Analysis;

/// <summary>UNER English EWT dev sentences with gold entities as character spans of the sentence text.</summary>
public static class UnerDev
{
    public sealed record Sentence(string Id, string Text, HashSet<(int Start, int End, string Type)> Gold);

    public static List<Sentence> Load(string path)
    {
        var result = new List<Sentence>();
        string? id = null, text = null;
        var tokens = new List<(string Word, string Tag)>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
            else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
            else if (line.Length == 0)
            {
                if (id is not null && text is not null && tokens.Count > 0 && Align(text, tokens) is { } gold) result.Add(new Sentence(id, text, gold));
                id = text = null;
                tokens.Clear();
            }
            else if (!line.StartsWith('#'))
            {
                var parts = line.Split('\t');
                if (parts.Length >= 3 && !parts[0].Contains('-', StringComparison.Ordinal)) tokens.Add((parts[1], parts[2]));
            }
        }
        return result;
    }

    private static HashSet<(int, int, string)>? Align(string text, List<(string Word, string Tag)> tokens)
    {
        var offsets = new List<(int Start, int End)>();
        var at = 0;
        foreach (var (word, _) in tokens)
        {
            var i = text.IndexOf(word, at, StringComparison.Ordinal);
            if (i < 0) return null; // token not found verbatim: sentence left out of the character-level score
            offsets.Add((i, i + word.Length));
            at = i + word.Length;
        }
        var gold = new HashSet<(int, int, string)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var tag = tokens[k].Tag;
            if (tag == "O" || (tag.StartsWith("I-", StringComparison.Ordinal) && k > 0 && tokens[k - 1].Tag.Length > 2 && tokens[k - 1].Tag[2..] == tag[2..])) continue;
            var type = tag[2..];
            var j = k + 1;
            while (j < tokens.Count && tokens[j].Tag == "I-" + type) j++;
            gold.Add((offsets[k].Start, offsets[j - 1].End, type));
        }
        return gold;
    }
}
