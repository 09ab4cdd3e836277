namespace Storyline.Core.Clustering.Online;

/// <summary>
/// The numbers a report leads with (ages, victims, counts: "Boy, 7, killed", "Five shot"). Two reports of one
/// event usually lead with at least one common number; two reports leading with disjoint numbers are usually two
/// events that share a city and a vocabulary, the hardest negatives.
/// </summary>
internal static class LeadNumbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["dozen"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["double"] = 2, ["triple"] = 3, ["quadruple"] = 4,
    };

    /// <summary>Numbers in <paramref name="title"/> and the first <paramref name="leadChars"/> characters of <paramref name="body"/>.</summary>
    public static HashSet<int> Find(string title, string body, int leadChars)
    {
        var numbers = new HashSet<int>();
        Scan(title, numbers);
        Scan(body.Length <= leadChars ? body : body[..leadChars], numbers);
        return numbers;
    }

    private static void Scan(string text, HashSet<int> numbers)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                Add(text, start, i, numbers);
                start = -1;
            }
        }
    }

    private static void Add(string text, int start, int end, HashSet<int> numbers)
    {
        var word = text.AsSpan(start, end - start);
        // Clock times ("9:40") and calendar years say when, not what; they are left out.
        var isClock = (start > 0 && text[start - 1] == ':') || (end < text.Length && text[end] == ':');
        if (char.IsDigit(word[0]))
        {
            if (isClock || word.Length > 6 || TextScanner.IsPhoneOrCode(text, start, end) || !int.TryParse(word, out var value)) return;
            if (value is >= 1900 and <= 2100 || value == 0) return;
            numbers.Add(value);
        }
        else if (Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var value)) numbers.Add(value);
    }
}
