namespace GreenButton.FuzzTests;

/// <summary>
/// CI's share of the fuzzer: a fixed seed set of 3,000 inputs, the same every run, must keep the contract (no exception
/// but <see cref="GreenButtonException"/>, sync and async agreeing, under 1 GB allocated). Time is not asserted here
/// (unit tests have no wall-clock limits); the long runs check it.
/// </summary>
public sealed class FixedSeedTests
{
    public const int PerPart = 750;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_fixed_seed_set_finds_nothing(int part)
    {
        var run = new FuzzRun(findingsFolder: null, checkTime: false, smallSeeds: true);
        for (var seed = 1 + (part * PerPart); seed <= (part + 1) * PerPart; seed++)
        {
            run.Run(seed);
        }
        run.Tried.Should().Be(PerPart);
        run.Findings.Select(f => $"seed {f.Seed}: {f.Description}\n{f.Failure}").Should().BeEmpty();
    }

    [Fact]
    public void The_same_seed_gives_the_same_input()
    {
        var (a, what) = Mutator.Make(42, Seeds.All);
        var (b, _) = Mutator.Make(42, Seeds.All);
        a.Should().Equal(b);
        what.Should().NotBeEmpty();
    }

    [Fact]
    public void Minimal_and_empty_inputs_keep_the_contract()
    {
        Harness.Check("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"u8.ToArray(), checkTime: false).Should().BeNull();
        Harness.Check([], checkTime: false).Should().BeNull("an empty input is a located error");
    }
}
