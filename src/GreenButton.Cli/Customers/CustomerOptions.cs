using System.CommandLine;

namespace GreenButton.Cli.Customers;

/// <summary>The option that lets customer fields (names, addresses, account numbers: personal data) into the output.</summary>
internal static class CustomerOptions
{
    /// <summary><c>--show-personal-data</c>, shared by <c>summary</c> and <c>inspect</c>.</summary>
    public static Option<bool> ShowPersonalData { get; } = new("--show-personal-data")
    {
        Description = "Show the fields of customer resources (names, addresses, phones, account numbers). By default only their ids are shown.",
    };

    /// <summary>The option's value; false for a command that does not take it.</summary>
    public static bool Get(ParseResult parse) => parse.GetResult(ShowPersonalData) is not null && parse.GetValue(ShowPersonalData);
}
