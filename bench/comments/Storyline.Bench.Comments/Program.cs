using System.Globalization;
using Storyline.Bench.Comments;
using Storyline.Core.Discussion.Scoring;

var command = args.Length > 0 ? args[0] : "run";
var shared = DataSets.FindShared();
switch (command)
{
    case "explore":
        var features = new FeatureOptions
        {
            HashBits = Arg("bits", 18),
            MaxWordNgram = Arg("words", 2),
            MinCharNgram = Arg("cmin", 2),
            MaxCharNgram = Arg("cmax", 5),
            Behaviour = Arg("behaviour", 1) == 1,
            BehaviourScale = Arg("bscale", 100) / 100f,
        };
        var training = new TrainingOptions
        {
            Epochs = Arg("epochs", 12),
            LearningRate = Arg("lr", 300) / 1000f,
            L2 = Arg("l2e7", 100) / 1e7f,
            BalanceClasses = Arg("balance", 1) == 1,
            NaiveBayesScaling = Arg("nb", 0) == 1,
            NaiveBayesAlpha = Arg("nbalpha", 100) / 100f,
            CalibrationFolds = Arg("cal", 0),
        };
        Explore.Run(shared, args.Length > 1 ? args[1] : "all", features, training);
        return 0;
    case "ensemble":
        ExploreEnsemble.Run(shared, args.Length > 1 ? args[1] : "youtube");
        return 0;
    case "run":
        var started = System.Diagnostics.Stopwatch.StartNew();
        Console.WriteLine($"Comments benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, shared data at {shared}");
        Recipes.OtherDomainWeight = Arg("odw", 30) / 100f;
        if (Arg("blend", 1) == 0) Recipes.AbuseTraining = Recipes.AbuseTraining with { Members = [] };
        Recipes.SpamOtherHamWeight = Arg("otherham", 0) / 100f;
        DataSets.SiteOwnLinks = Arg("ownlinks", 1) == 1;
        var defaults = new Storyline.Core.Discussion.Policy.ModerationOptions();
        Recipes.Policy = defaults with
        {
            SpamHoldThreshold = Arg("spamhold", (int)(defaults.SpamHoldThreshold * 1000)) / 1000.0,
            SpamRejectThreshold = Arg("spamreject", (int)(defaults.SpamRejectThreshold * 1000)) / 1000.0,
            AbuseHoldThreshold = Arg("abusehold", (int)(defaults.AbuseHoldThreshold * 1000)) / 1000.0,
        };
        var abuse = Recipes.TrainAbuse(DataSets.Davidson(shared), DataSets.Sms(shared));
        if (args.Length < 2 || args[1] is "youtube" or "all") YouTubeBench.Run(shared);
        if (args.Length < 2 || args[1] is "abuse" or "all") AbuseBench.Run(shared);
        if (args.Length < 2 || args[1] is "other" or "all") OtherBench.Run(shared, abuse);
        Console.WriteLine();
        Console.WriteLine($"done in {started.Elapsed.TotalSeconds:F0} s");
        return 0;
    case "train":
        return TrainCommand.Run(shared, args.Length > 2 && args[1] == "--out" ? args[2] : null);
    default:
        Console.Error.WriteLine($"unknown command '{command}' (run, train, explore)");
        return 2;
}

int Arg(string name, int fallback)
{
    var value = Environment.GetEnvironmentVariable("X_" + name.ToUpperInvariant());
    return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
}
