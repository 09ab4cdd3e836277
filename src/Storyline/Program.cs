using Storyline.Cli;

return await CliApp.RunAsync(args);
