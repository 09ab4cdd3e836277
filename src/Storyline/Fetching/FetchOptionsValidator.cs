using Microsoft.Extensions.Options;

namespace Storyline.Fetching;

/// <summary>Checks <see cref="FetchOptions"/> at start-up and names the broken rule.</summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options) =>
        options.Validate() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
