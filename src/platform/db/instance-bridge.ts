import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ChangeHub, SiteChange } from '../change-hub.ts';
import type { Database } from './database.ts';

/** PostgreSQL caps a NOTIFY payload at 8000 bytes; a bigger change is sent as "everything". */
const MAX_PAYLOAD = 7_900;
const RECONNECT_MS = 1_000;

interface Announcement {
  readonly from: string;
  readonly change: SiteChange;
}

/**
 * Several instances on one PostgreSQL database: each change this instance commits is announced
 * with NOTIFY (after its own listeners ran), and every other instance hears it with LISTEN and
 * replays it on its hub as `remote` (page caches evict, settings are read again). After a lost
 * connection, what may have been missed is made up for by emptying the caches once.
 * SQLite serves one instance: nothing to bridge.
 * @returns a function that stops listening
 */
export async function bridgeInstances(database: Database, hub: ChangeHub<SiteChange>, onError: (error: unknown) => void): Promise<() => Promise<void>> {
  if (database.dialect !== 'postgres') return async () => undefined;
  const channel = `ensemble_changes${database.schema ? `_${database.schema}` : ''}`;
  const self = randomUUID();
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = async (missedSome: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: database.url });
    next.on('notification', (message) => {
      let announcement: Announcement;
      try {
        announcement = JSON.parse(message.payload ?? '') as Announcement;
      } catch (error) {
        return onError(error);
      }
      if (announcement.from === self) return;
      void hub.publish({ ...announcement.change, remote: true });
    });
    next.on('error', (error) => {
      onError(error);
      if (client === next) client = undefined;
      void next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect(true).catch(onError), RECONNECT_MS);
    });
    await next.connect();
    // The channel name is built from a checked schema name, never from input.
    await next.query(`LISTEN "${channel}"`);
    client = next;
    if (missedSome) await hub.publish({ documentIds: [], everything: true, remote: true });
  };

  await connect(false);
  const unsubscribe = hub.subscribe(async (change) => {
    if (change.remote || !client) return;
    let payload = JSON.stringify({ from: self, change } satisfies Announcement);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ from: self, change: { documentIds: [], everything: true } } satisfies Announcement);
    await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
  });

  return async () => {
    stopped = true;
    clearTimeout(retry);
    unsubscribe();
    await client?.end().catch(() => undefined);
  };
}
