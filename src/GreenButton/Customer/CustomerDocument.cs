namespace GreenButton;

/// <summary>Customer <c>Document</c>: the fields a <see cref="CustomerAccount"/> and a <see cref="CustomerAgreement"/> share.</summary>
public abstract class CustomerDocument : CustomerResource
{
    private protected CustomerDocument() { }

    /// <summary>A document with the fields the reader gathered.</summary>
    private protected CustomerDocument(CustomerDocumentFields fields)
    {
        BatchItemInfo = fields.Batch;
        Name = fields.Name;
        Type = fields.Type;
        AuthorName = fields.AuthorName;
        CreatedDateTime = fields.Created;
        LastModifiedDateTime = fields.Modified;
        RevisionNumber = fields.RevisionNumber;
        ElectronicAddress = fields.ElectronicAddress;
        Subject = fields.Subject;
        DocumentTitle = fields.Title;
        DocStatus = fields.DocStatus;
        Status = fields.Status;
        Comment = fields.Comment;
    }

    /// <summary><c>type</c>: utility-specific kind of document.</summary>
    public string? Type { get; init; }

    /// <summary><c>authorName</c>.</summary>
    public string? AuthorName { get; init; }

    /// <summary><c>createdDateTime</c>.</summary>
    public DateTimeOffset? CreatedDateTime { get; init; }

    /// <summary><c>lastModifiedDateTime</c>.</summary>
    public DateTimeOffset? LastModifiedDateTime { get; init; }

    /// <summary><c>revisionNumber</c>.</summary>
    public string? RevisionNumber { get; init; }

    /// <summary><c>electronicAddress</c>.</summary>
    public ElectronicAddress? ElectronicAddress { get; init; }

    /// <summary><c>subject</c>.</summary>
    public string? Subject { get; init; }

    /// <summary><c>title</c> of the document (<see cref="EspiResource.Title"/> is the Atom entry's).</summary>
    public string? DocumentTitle { get; init; }

    /// <summary><c>docStatus</c>: the document's own status.</summary>
    public Status? DocStatus { get; init; }

    /// <summary><c>status</c>: the status of what the document is about.</summary>
    public Status? Status { get; init; }

    /// <summary><c>comment</c>.</summary>
    public string? Comment { get; init; }
}
