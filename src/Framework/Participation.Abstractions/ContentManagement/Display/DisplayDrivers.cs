using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Participation.ContentManagement.Display;

/// <summary>
/// A template to render with its model, placed in a zone of the content template
/// (Orchard's shape result). Editor shapes carry the prefix their form fields are bound under.
/// </summary>
public sealed record ShapeResult(string ViewName, object Model)
{
    public string Zone { get; init; } = "Content";
    public string Position { get; init; } = "5";
    public string Prefix { get; init; } = "";
}

/// <summary>What the editor binds from the posted form (implemented by the admin controller).</summary>
public interface IUpdateModel
{
    ModelStateDictionary ModelState { get; }
    Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class;
}

/// <summary>
/// Shows and edits one kind of part (Orchard's display driver). <see cref="Display"/> feeds the
/// public templates; <see cref="Edit"/> and <see cref="UpdateAsync"/> feed the admin editor,
/// whose form fields are prefixed with the part name.
/// </summary>
public interface IContentPartDisplayDriver
{
    Type PartType { get; }
    ShapeResult? Display(ContentItem item, object part, string displayType);
    ShapeResult? Edit(ContentItem item, object part);
    Task<ShapeResult?> UpdateAsync(ContentItem item, object part, IUpdateModel updater);
}

public abstract class ContentPartDisplayDriver<TPart> : IContentPartDisplayDriver where TPart : ContentPart, new()
{
    public Type PartType => typeof(TPart);
    protected static string Prefix => typeof(TPart).Name;

    /// <summary>A shape for this part, its fields bound under the part's name.</summary>
    protected static ShapeResult Shape(string viewName, object model, string zone = "Content", string position = "5")
        => new(viewName, model) { Zone = zone, Position = position, Prefix = Prefix };

    public virtual ShapeResult? Display(ContentItem item, TPart part, string displayType) => null;
    public virtual ShapeResult? Edit(ContentItem item, TPart part) => null;

    /// <summary>Binds the part from the form and writes it back to the item.</summary>
    public virtual Task<ShapeResult?> UpdateAsync(ContentItem item, TPart part, IUpdateModel updater) => Task.FromResult(Edit(item, part));

    ShapeResult? IContentPartDisplayDriver.Display(ContentItem item, object part, string displayType) => Display(item, (TPart)part, displayType);
    ShapeResult? IContentPartDisplayDriver.Edit(ContentItem item, object part) => Edit(item, (TPart)part);
    Task<ShapeResult?> IContentPartDisplayDriver.UpdateAsync(ContentItem item, object part, IUpdateModel updater) => UpdateAsync(item, (TPart)part, updater);
}

/// <summary>Builds the shapes of an item for display or editing from every part's driver.</summary>
public interface IContentItemDisplayManager
{
    IReadOnlyList<ShapeResult> BuildDisplay(ContentItem item, string displayType);
    IReadOnlyList<ShapeResult> BuildEditor(ContentItem item);
    Task<IReadOnlyList<ShapeResult>> UpdateEditorAsync(ContentItem item, IUpdateModel updater);
}

/// <summary>
/// Adds shapes to the display of whole items whatever their parts (Orchard's content display
/// driver): a follow button, a share link.
/// </summary>
public interface IContentDisplayDriver
{
    ShapeResult? Display(ContentItem item, string displayType);
}
