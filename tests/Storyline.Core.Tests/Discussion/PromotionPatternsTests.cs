using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Tests.Discussion;

public sealed class PromotionPatternsTests
{
    [Theory]
    [InlineData("please subscribe to my channel", true)]
    [InlineData("suscribe my channel please", true)]
    [InlineData("los invito a subscribirse a mi canal", true)]
    [InlineData("suscríbete a mi canal", true)]
    [InlineData("inscreva-se no meu canal", true)]
    [InlineData("abonnez-vous à mon chaîne", true)]
    [InlineData("the subscription price of the paper went up", false)]
    [InlineData("the canal through the city was drained", false)]
    [InlineData("a clear description of the flood", false)]
    public void SelfPromotion_FindsTheCallInCommonSpellingsAndLanguages(string text, bool expected) =>
        Assert.Equal(expected, PromotionPatterns.SelfPromotion(text) > 0);
}
