using Nop.Plugin.Misc.TriggerMail.Common.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Common.Core;

[TestFixture]
public class TextTests
{
    [TestCase("abcdef", 3, "abc")]
    [TestCase("abc", 3, "abc")]
    [TestCase("ab", 3, "ab")]
    [TestCase("", 3, "")]
    [TestCase("abc", 0, "")]
    public void Truncate_keeps_at_most_the_first_max_length_characters(string value, int maxLength, string expected)
    {
        var truncated = Text.Truncate(value, maxLength);

        Assert.That(truncated, Is.EqualTo(expected));
    }

    [Test]
    public void Truncate_leaves_null_null()
    {
        var truncated = Text.Truncate(null, 10);

        Assert.That(truncated, Is.Null);
    }

    [Test]
    public void Truncate_returns_a_value_that_fits_as_the_same_instance()
    {
        var value = new string('x', 10);

        var truncated = Text.Truncate(value, 10);

        Assert.That(truncated, Is.SameAs(value));
    }

    [Test]
    public void Truncate_refuses_a_negative_length()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Text.Truncate("abc", -1));
    }
}
