/**
 * The state-and-listeners part of a controller without React (the editor
 * screen's and the library's): one immutable state object, replaced on
 * every change, and listeners told after each change — what React's
 * `useSyncExternalStore` reads.
 */

/** Holds a controller's state; subclasses change it with `set`. */
export abstract class StateHolder<S extends object> {
  private current: S;
  private readonly listeners = new Set<() => void>();

  protected constructor(initial: S) {
    this.current = initial;
  }

  /** The current state (a new object after every change). */
  getState(): S {
    return this.current;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Replaces the named fields and tells the listeners. */
  protected set(patch: Partial<S>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l();
  }
}
