namespace Participation.Caching;

/// <summary>
/// On a page whose visitors' view has a form that posts (the request forms): a visitor's GET is
/// rendered with the forms' antiforgery field left empty and sets no antiforgery cookie, so the
/// output cache may keep the page for every visitor. The theme's script fills the field from
/// <c>GET /antiforgery/token</c> (<see cref="FormToken.Path"/>) when the form is first used, and
/// the action that receives the form answers a post without a valid token by showing the form
/// again with what was typed and a token of the visitor's own (the path without script).
/// Signed-in people and other methods get their token in the page as everywhere else.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FormTokenFetchedAttribute : Attribute;
