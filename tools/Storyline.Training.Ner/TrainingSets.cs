namespace Storyline.Training.Ner;

/// <summary>The openly licensed training corpora under shared/data/ner and the UNER dev split used only to measure.</summary>
public static class TrainingSets
{
    /// <summary>All training sentences (GUM open genres, Wikigold, BTC, WNUT-17), in a fixed order.</summary>
    public static List<LabeledSentence> LoadTraining(string nerRoot, IReadOnlySet<string> skip)
    {
        var sentences = new List<LabeledSentence>();
        foreach (var file in Directory.GetFiles(Path.Combine(nerRoot, "gum"), "*.iob2").Order(StringComparer.Ordinal))
            if (!skip.Contains("gum") && !skip.Contains(Path.GetFileNameWithoutExtension(file))) sentences.AddRange(CorpusReader.ReadIob2(file));
        if (!skip.Contains("wikigold"))
            sentences.AddRange(CorpusReader.ReadWikigold(Path.Combine(nerRoot, "wikigold", "wikigold.conll.txt")));
        foreach (var file in Directory.GetFiles(Path.Combine(nerRoot, "btc"), "*.conll").Order(StringComparer.Ordinal))
            if (!skip.Contains("btc") && !skip.Contains("btc-" + Path.GetFileNameWithoutExtension(file)))
                sentences.AddRange(CorpusReader.ReadConll(file));
        foreach (var file in Directory.GetFiles(Path.Combine(nerRoot, "wnut17"), "*.iob2").Order(StringComparer.Ordinal))
            if (!skip.Contains("wnut17")) sentences.AddRange(CorpusReader.ReadIob2(file));
        return sentences;
    }

    /// <summary>UNER English EWT dev: for measuring and tuning only, never trained on.</summary>
    public static List<LabeledSentence> LoadDev(string nerRoot) =>
        [.. CorpusReader.ReadIob2(Path.Combine(nerRoot, "uner-en", "en_ewt-ud-dev.iob2"))];
}
