namespace GreenButton;

/// <summary>Customer <c>Statement</c>: a billing statement of a <see cref="GreenButton.Customer"/>, with the documents that make it.</summary>
public sealed class Statement : CustomerResource
{
    /// <inheritdoc/>
    public override string ResourceName => "Statement";

    /// <summary><c>issueDateTime</c>.</summary>
    public DateTimeOffset? IssueDateTime { get; init; }

    /// <summary><c>statementRef</c>s.</summary>
    public IReadOnlyList<StatementRef> StatementRefs { get; init; } = [];

    /// <summary>The Customer it was issued to; set by <see cref="GreenButtonDocument"/>.</summary>
    public Customer? Customer { get; internal set; }
}
