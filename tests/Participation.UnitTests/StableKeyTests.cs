using Participation.Text;

namespace Participation.UnitTests;

/// <summary>One rule for the keys of departments, audiences and hide reasons.</summary>
public sealed class StableKeyTests
{
    [Theory]
    [InlineData("planning", true)]
    [InlineData("missions-abroad-2", true)]
    [InlineData("Planning", false)]
    [InlineData("تخطيط", false)]
    [InlineData("with space", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Keys_are_lower_case_latin_letters_digits_and_dashes(string? key, bool valid) => Assert.Equal(valid, StableKey.IsValid(key));
}
