using Storyline.Subscriptions;

namespace Storyline.Tests.Subscriptions;

/// <summary>Signed link tokens without a server: purpose, expiry, forgery.</summary>
public sealed class SubscriptionTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly SubscriptionTokens _tokens = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Theory]
    [InlineData(TokenPurpose.Confirm)]
    [InlineData(TokenPurpose.Unsubscribe)]
    [InlineData(TokenPurpose.Manage)]
    public void Verify_SamePurposeBeforeExpiry_GivesTheId(TokenPurpose purpose) =>
        Assert.Equal(new TokenCheck.Valid(42), _tokens.Verify(_tokens.Create(purpose, 42, Now.AddDays(1)), purpose, Now));

    [Theory]
    [InlineData(TokenPurpose.Confirm, TokenPurpose.Unsubscribe)]
    [InlineData(TokenPurpose.Unsubscribe, TokenPurpose.Manage)]
    [InlineData(TokenPurpose.Manage, TokenPurpose.Confirm)]
    public void Verify_OtherPurpose_IsInvalid(TokenPurpose made, TokenPurpose used) =>
        Assert.IsType<TokenCheck.Invalid>(_tokens.Verify(_tokens.Create(made, 42, Now.AddDays(1)), used, Now));

    [Fact]
    public void Verify_AfterExpiry_IsExpired() =>
        Assert.IsType<TokenCheck.Expired>(_tokens.Verify(_tokens.Create(TokenPurpose.Confirm, 1, Now.AddHours(1)), TokenPurpose.Confirm, Now.AddHours(1)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Verify_Garbage_IsInvalid(string? token) =>
        Assert.IsType<TokenCheck.Invalid>(_tokens.Verify(token, TokenPurpose.Confirm, Now));

    [Fact]
    public void Verify_TokenFromAnotherKey_IsInvalid()
    {
        var other = new SubscriptionTokens(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Assert.IsType<TokenCheck.Invalid>(_tokens.Verify(other.Create(TokenPurpose.Confirm, 1, Now.AddDays(1)), TokenPurpose.Confirm, Now));
    }

    [Theory]
    [InlineData("front", "front")]
    [InlineData("FRONT", "front")]
    [InlineData("story:12", "story:12")]
    [InlineData("topic:Transport", "topic:transport")]
    [InlineData("entity: Ana Cabrera ", "entity:ana cabrera")]
    [InlineData("outlet:Harbour Ledger", "outlet:Harbour Ledger")]
    public void FollowTarget_Parses_ToItsStoredForm(string text, string stored)
    {
        Assert.True(FollowTarget.TryParse(text, out var target, out _));
        Assert.Equal(stored, target.ToString());
    }

    [Theory]
    [InlineData("reader@example.org", "reader@example.org")]
    [InlineData(" Reader@Example.ORG ", "Reader@example.org")]
    [InlineData("first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk")]
    public void EmailAddressRules_AcceptsPlainAddresses(string input, string normalized) =>
        Assert.Equal(normalized, EmailAddressRules.Normalize(input, out _));
}
