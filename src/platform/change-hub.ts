/**
 * Fan-out of committed changes to whoever keeps something derived from them (page cache, search
 * index, other instances). Listeners run one after another and are awaited, so the change is
 * acknowledged only once they are done; a listener that fails is reported, never undoes the change.
 */
export interface ChangeHub<E> {
  subscribe(listener: (event: E) => unknown): () => void;
  publish(event: E): Promise<void>;
}

export function createChangeHub<E>(onError: (error: unknown) => void = () => undefined): ChangeHub<E> {
  const listeners = new Set<(event: E) => unknown>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async publish(event) {
      for (const listener of [...listeners]) {
        try {
          await listener(event);
        } catch (error) {
          onError(error);
        }
      }
    },
  };
}

/** A change anything derived from content must hear of: documents, menus, images, videos, settings. */
export interface SiteChange {
  readonly documentIds: readonly string[];
  /** Only these locales' text of the documents changed (a save, a publish); absent means every locale. */
  readonly locales?: readonly string[];
  /** Menus changed: every page shows them. */
  readonly menus?: boolean;
  /** Alt text or focal point of these images changed. */
  readonly imageIds?: readonly string[];
  /** These videos got their renditions (or failed for good). */
  readonly videoIds?: readonly string[];
  /** A site-wide setting changed (the fallback policy): everything may look different. */
  readonly everything?: boolean;
  /** Heard from another instance (PostgreSQL NOTIFY): already applied to the shared database. */
  readonly remote?: boolean;
}
