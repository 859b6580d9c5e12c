/**
 * "The connection to the store is back": told by the transport when the tab
 * picked up a new token (a restarted web host), so that whatever waits to
 * be saved is retried at once instead of after its backoff delay.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Calls `listener` each time the connection is restored; returns a function that stops it. */
export function onConnectionRestored(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that the connection is restored. */
export function notifyConnectionRestored(): void {
  for (const listener of [...listeners]) listener();
}
