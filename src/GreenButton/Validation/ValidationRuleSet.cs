namespace GreenButton;

/// <summary>Which data rules <see cref="GreenButtonValidator"/> checks.</summary>
public enum ValidationRuleSet
{
    /// <summary>The Green Button Alliance's data rules (the D-codes of <see cref="GreenButtonValidator.Rules"/>) of the function blocks in effect.</summary>
    Gba = 0,

    /// <summary>No data rules: only the schema and quirks are checked.</summary>
    None = 1,
}
