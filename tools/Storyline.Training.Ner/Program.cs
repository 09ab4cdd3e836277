using System.Diagnostics;
using Storyline.Core.Analysis.Ner;
using Storyline.Training.Ner;

// Trains the shipped entity tagger. Usage (from the repository root):
//   dotnet run -c Release --project tools/Storyline.Training.Ner -- [--ner DIR] [--out FILE] [--epochs N] [--runs N] [--seed N] [--skip a,b] [--prune X]
// Defaults: shared/data/ner found by walking up (or STORYLINE_SHARED), output
// src/Storyline.Core/Models/Ner/ner-model.bin. Deterministic for the same data and options.
var options = Options.Parse(args);
var watch = Stopwatch.StartNew();
var training = TrainingSets.LoadTraining(options.NerRoot, options.Skip);
var dev = TrainingSets.LoadDev(options.NerRoot);
if (!options.KeepDemonyms)
{
    var demonyms = LabelHarmonizer.WikigoldMisc(Path.Combine(options.NerRoot, "wikigold", "wikigold.conll.txt"));
    Console.WriteLine($"demonyms set to O (UNER guidelines): {LabelHarmonizer.Apply(training, demonyms):N0}");
}
Console.WriteLine($"training sentences {training.Count:N0}, tokens {training.Sum(s => s.Words.Length):N0}; UNER dev (measure only) {dev.Count:N0}");

var builder = new WordTableBuilder();
for (var i = 0; i < training.Count; i++) builder.Add(training[i], WordTableBuilder.FoldOf(i));
var (augmented, folds) = EntitySwapAugmenter.Augment(training, options.Copies, options.Seed);
training = augmented;
var tables = Enumerable.Range(0, WordTableBuilder.Folds).Select(f => builder.Build(f)).ToList();
var shipped = builder.Build(null);

var runs = new List<Dictionary<ulong, float[]>>();
NerModel? model = null;
var rowTables = folds.Select(f => tables[f]).ToList();
for (var run = 0; run < options.Runs; run++)
{
    var trainer = new PerceptronTrainer();
    var random = new Random(options.Seed + run);
    var order = Enumerable.Range(0, training.Count).ToArray();
    for (var epoch = 1; epoch <= options.Epochs; epoch++)
    {
        random.Shuffle(order);
        var errors = trainer.Epoch(training, rowTables, order);
        if (options.Verbose)
            Console.WriteLine($"run {run + 1} epoch {epoch}: training errors {errors:N0}; UNER dev {Measure(trainer.Build(shipped, options.Prune), dev)}");
        else Console.WriteLine($"run {run + 1} epoch {epoch}: training errors {errors:N0}");
    }
    runs.Add(trainer.Averaged());
}
model = PerceptronTrainer.Build(runs, shipped, options.Prune);
Console.WriteLine($"{runs.Count} run(s) averaged; features {model.FeatureCount:N0}; UNER dev {Measure(model, dev)}");

// Tune the O-bias on UNER dev (tuning is what the dev split is for; nothing is trained on it).
var best = (Bias: 0f, F1: -1.0);
for (var bias = 0f; bias <= 40f; bias += 2f)
{
    model!.EntityBias = bias;
    var f1 = F1(model, dev);
    if (f1 > best.F1 + 1e-9) best = (bias, f1);
}
model!.EntityBias = best.Bias;
Console.WriteLine($"entity bias {best.Bias}: UNER dev {Measure(model, dev)}");

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
using (var file = File.Create(options.Output)) model!.Save(file);
if (options.Dump is not null) Dump(model!, dev, options.Dump);
Console.WriteLine($"wrote {options.Output} ({new FileInfo(options.Output).Length:N0} bytes) in {watch.Elapsed.TotalSeconds:F1} s");
return 0;

static double F1(NerModel model, List<LabeledSentence> dev)
{
    var tagger = new NerTagger(model);
    var scorer = new EntityScorer();
    foreach (var s in dev) scorer.Add(s.Tags, tagger.TagSentence(s.Words));
    return scorer.F1;
}

static string Measure(NerModel model, List<LabeledSentence> dev)
{
    var tagger = new NerTagger(model);
    var scorer = new EntityScorer();
    foreach (var s in dev) scorer.Add(s.Tags, tagger.TagSentence(s.Words));
    return scorer.ToString();
}

static void Dump(NerModel model, List<LabeledSentence> dev, string path)
{
    // Error listing for tuning on UNER dev: one line per sentence with a mistake, gold / predicted tags inline.
    var tagger = new NerTagger(model);
    using var w = new StreamWriter(path);
    foreach (var s in dev)
    {
        var p = tagger.TagSentence(s.Words);
        if (p.SequenceEqual(s.Tags)) continue;
        w.WriteLine(string.Join(' ', s.Words.Select((x, i) => s.Tags[i] == p[i] ? (s.Tags[i] == 0 ? x : $"{x}/{NerTags.Name(p[i])}") : $"[{x}|{NerTags.Name(s.Tags[i])}|{NerTags.Name(p[i])}]")));
    }
}
