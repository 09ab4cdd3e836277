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
        };
        Explore.Run(shared, args.Length > 1 ? args[1] : "all", features, training);
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
