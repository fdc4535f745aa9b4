using Microsoft.AspNetCore.Http;
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
    /// <summary>The files posted with the form; a part's files are named after its prefix.</summary>
    IFormFileCollection Files { get; }
}

/// <summary>
/// Shows and edits one kind of part (Orchard's display driver). <see cref="DisplayAsync"/> feeds the
/// public templates; <see cref="EditAsync"/> and <see cref="UpdateAsync"/> feed the admin editor,
/// whose form fields are prefixed with the part name.
/// </summary>
public interface IContentPartDisplayDriver
{
    Type PartType { get; }
    Task<ShapeResult?> DisplayAsync(ContentItem item, object part, string displayType);
    Task<ShapeResult?> EditAsync(ContentItem item, object part);
    Task<ShapeResult?> UpdateAsync(ContentItem item, object part, IUpdateModel updater);
}

public abstract class ContentPartDisplayDriver<TPart> : IContentPartDisplayDriver where TPart : ContentPart, new()
{
    private static readonly Task<ShapeResult?> NoShape = Task.FromResult<ShapeResult?>(null);

    public Type PartType => typeof(TPart);
    protected static string Prefix => typeof(TPart).Name;

    /// <summary>A shape for this part, its fields bound under the part's name.</summary>
    protected static ShapeResult Shape(string viewName, object model, string zone = "Content", string position = "5")
        => new(viewName, model) { Zone = zone, Position = position, Prefix = Prefix };

    public virtual Task<ShapeResult?> DisplayAsync(ContentItem item, TPart part, string displayType) => NoShape;
    public virtual Task<ShapeResult?> EditAsync(ContentItem item, TPart part) => NoShape;

    /// <summary>Binds the part from the form and writes it back to the item.</summary>
    public virtual Task<ShapeResult?> UpdateAsync(ContentItem item, TPart part, IUpdateModel updater) => EditAsync(item, part);

    Task<ShapeResult?> IContentPartDisplayDriver.DisplayAsync(ContentItem item, object part, string displayType) => DisplayAsync(item, (TPart)part, displayType);
    Task<ShapeResult?> IContentPartDisplayDriver.EditAsync(ContentItem item, object part) => EditAsync(item, (TPart)part);
    Task<ShapeResult?> IContentPartDisplayDriver.UpdateAsync(ContentItem item, object part, IUpdateModel updater) => UpdateAsync(item, (TPart)part, updater);
}

/// <summary>Builds the shapes of an item for display or editing from every part's driver.</summary>
public interface IContentItemDisplayManager
{
    Task<IReadOnlyList<ShapeResult>> BuildDisplayAsync(ContentItem item, string displayType);
    Task<IReadOnlyList<ShapeResult>> BuildEditorAsync(ContentItem item);
    Task<IReadOnlyList<ShapeResult>> UpdateEditorAsync(ContentItem item, IUpdateModel updater);
}

/// <summary>
/// Adds shapes to the display of whole items whatever their parts (Orchard's content display
/// driver): a follow button, a share link.
/// </summary>
public interface IContentDisplayDriver
{
    Task<ShapeResult?> DisplayAsync(ContentItem item, string displayType);
}
