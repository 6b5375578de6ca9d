namespace GreenButton;

/// <summary>
/// The fields of customer <c>Document</c> (and its IdentifiedObject part) as the reader gathers them, for
/// <see cref="CustomerAccount"/> and <see cref="CustomerAgreement"/> to take in one place.
/// </summary>
internal sealed class CustomerDocumentFields
{
    public BatchItemInfo? Batch;
    public string? Name, Type, AuthorName, RevisionNumber, Subject, Title, Comment;
    public DateTimeOffset? Created, Modified;
    public ElectronicAddress? ElectronicAddress;
    public Status? DocStatus, Status;
}
