using System.Globalization;
using System.Text.RegularExpressions;

namespace GreenButton;

/// <summary>Which function blocks apply: the option, else the feed's claim, else the default.</summary>
internal static partial class FunctionBlocks
{
    public static (int[] Blocks, FunctionBlockSource Source) Resolve(IReadOnlyList<int>? option, GreenButtonDocument document)
    {
        if (option is not null)
        {
            return ([.. option.Distinct().Order()], FunctionBlockSource.Option);
        }
        var claimed = new SortedSet<int>();
        foreach (var info in document.ApplicationInformation)
        {
            foreach (var scope in info.Scopes)
            {
                AddClaim(scope, claimed);
            }
        }
        foreach (var authorization in document.Authorizations)
        {
            AddClaim(authorization.Scope, claimed);
        }
        if (claimed.Count > 0)
        {
            claimed.Add(1); // the common block underlies every other
            return ([.. claimed], FunctionBlockSource.Claimed);
        }
        var blocks = new SortedSet<int> { 1, 4 };
        if (document.UsageSummaries.Count > 0)
        {
            blocks.Add(15);
        }
        if (document.PowerQualitySummaries.Count > 0)
        {
            blocks.Add(17);
        }
        return ([.. blocks], FunctionBlockSource.Default);
    }

    /// <summary>The blocks of a scope such as <c>FB=1_3_4_5_13_14_39;IntervalDuration=3600;...</c>.</summary>
    internal static void AddClaim(string? scope, ISet<int> blocks)
    {
        if (scope is null)
        {
            return;
        }
        foreach (Match match in Claim().Matches(scope))
        {
            foreach (var part in match.Groups[1].Value.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var block) && block is > 0 and < 1000)
                {
                    blocks.Add(block);
                }
            }
        }
    }

    [GeneratedRegex(@"(?:^|[;\s])FB=([0-9_]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Claim();
}
