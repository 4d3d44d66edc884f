using NewsExtraction.Names;

namespace NewsExtraction.Tests.Names;

public sealed class OrganizationAliasesTests
{
    [Theory]
    [InlineData("OTAN", "NATO")]
    [InlineData("Otan", "NATO")]
    [InlineData("Alliance atlantique", "NATO")]
    [InlineData("Alliance nord-atlantique", "NATO")]
    [InlineData("ONU", "United Nations")]
    [InlineData("Nations unies", "United Nations")]
    [InlineData("Nations Unies", "United Nations")]
    [InlineData("UE", "European Union")]
    [InlineData("OMS", "World Health Organization")]
    [InlineData("FMI", "International Monetary Fund")]
    [InlineData("Maison-Blanche", "White House")]
    [InlineData("Kremlin", "Kremlin")]
    [InlineData("Pentagone", "Pentagon")]
    [InlineData("Elysee", "Élysée")]
    [InlineData("Conseil de sécurité de l’ONU", "UN Security Council")]
    public void French_aliases_have_stable_keys(string name, string key)
    {
        Assert.True(OrganizationAliases.TryGetKey(name, out string? found));
        Assert.Equal(key, found);
    }

    [Theory]
    [InlineData("NATO", "NATO")]
    [InlineData("UN", "United Nations")]
    [InlineData("United Nations", "United Nations")]
    [InlineData("EU", "European Union")]
    [InlineData("WHO", "World Health Organization")]
    [InlineData("IMF", "International Monetary Fund")]
    [InlineData("White House", "White House")]
    [InlineData("Pentagon", "Pentagon")]
    public void English_aliases_share_the_french_keys(string name, string key)
    {
        Assert.True(OrganizationAliases.TryGetKey(name, out string? found));
        Assert.Equal(key, found);
    }

    [Theory]
    [InlineData("otan")]
    [InlineData("un")]
    [InlineData("who")]
    [InlineData("Acme Corporation")]
    [InlineData("")]
    public void Words_in_the_wrong_case_and_unknown_names_have_no_key(string name) =>
        Assert.False(OrganizationAliases.TryGetKey(name, out _));
}
