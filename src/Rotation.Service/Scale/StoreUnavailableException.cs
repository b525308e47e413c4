namespace Rotation.Service.Scale;

/// <summary>The PostgreSQL store cannot be used: a connection string that does not parse, or a server that does not answer. The message says which and what to check.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
