namespace GreenButton;

/// <summary>ESPI customer <c>StatementRef</c>: a document of a <see cref="Statement"/> (a bill as PDF, ...). Personal data: <see cref="ToString"/> names the type only.</summary>
public sealed record StatementRef
{
    /// <summary><c>fileName</c>: File name.</summary>
    public string? FileName { get; init; }

    /// <summary><c>mediaType</c>: Media type as written (<c>application/pdf</c>, ...).</summary>
    public string? MediaType { get; init; }

    /// <summary><c>statementURL</c>: Where the document is.</summary>
    public string? StatementUrl { get; init; }

    /// <summary>The type's name, never its values (they are personal data).</summary>
    public override string ToString() => nameof(StatementRef);
}
