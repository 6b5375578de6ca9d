using System.Text.Json.Serialization;

namespace GreenButton.Sandbox;

/// <summary>
/// The token endpoint's JSON and the JWT parts, by source generation (no reflection: trimmed and native AOT hosts run
/// the sandbox too). Values of the <c>object</c> dictionaries are strings, numbers and string dictionaries.
/// </summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
internal sealed partial class SandboxJson : JsonSerializerContext;
