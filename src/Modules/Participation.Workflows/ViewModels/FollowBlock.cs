namespace Participation.Workflows.ViewModels;

/// <summary>The follow button as one reader sees it: signed in or not, following the item or not, and where the button returns to.</summary>
public sealed record FollowBlock(string ItemId, bool SignedIn, bool Following, string ReturnUrl);
