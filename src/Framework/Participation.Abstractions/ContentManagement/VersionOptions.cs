namespace Participation.ContentManagement;

public enum VersionOptions
{
    /// <summary>The live version, if any.</summary>
    Published,
    /// <summary>The newest version, draft or published.</summary>
    Latest,
    /// <summary>A version that may be edited: the latest draft, or a new draft made from the published one.</summary>
    DraftRequired,
}

public enum ContentStatusFilter { Any, Published, Draft }
