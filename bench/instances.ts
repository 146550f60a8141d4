// Publish-to-visible latency: two servers on one PostgreSQL database, a publish from a third
// process (this one), and the time until both serve the new title.
import { performance } from 'node:perf_hooks';
import { SYSTEM_ACTOR } from '../src/modules/content/index.ts';
import { fmt, skippedRow, type Row } from './report.ts';
import type { SeededPage } from './seed.ts';
import { getRaw } from './serving.ts';
import type { Server } from './servers.ts';
import { optionalImport, type BenchSite } from './site.ts';
import { median } from './wrk.ts';

type ConnectInstances = (database: BenchSite['database'], modules: BenchSite['modules'], onError: (error: unknown) => void) => (() => Promise<void> | void) | Promise<() => Promise<void> | void>;

export const VISIBLE_TARGET = '≤ 1 s';

export async function measurePublishVisible(site: BenchSite, servers: readonly Server[], page: SeededPage, pagePath: string, publishes: number): Promise<Row> {
  const figure = `Publish → visible on ${servers.length} instances (PostgreSQL, median of ${publishes})`;
  const wiring = await optionalImport<{ connectInstances?: ConnectInstances }>('../src/modules.ts');
  if (!wiring?.connectInstances) return skippedRow(figure, 'not available yet (connectInstances in src/modules.ts)', VISIBLE_TARGET);
  const stop = await wiring.connectInstances(site.database, site.modules, (error) => process.stderr.write(`instance bridge: ${String(error)}\n`));
  const content = site.modules.content.service;
  const latencies: number[] = [];
  try {
    for (const server of servers) await getRaw(`${server.url}${pagePath}`); // warm: the page is cached
    for (let n = 0; n < publishes; n++) {
      const current = await content.findTranslation(page.documentId, 'en');
      if (!current) throw new Error('the page has no English translation');
      const title = `Visible ${process.pid}-${n}`;
      const started = performance.now();
      await content.saveTranslation({
        documentId: page.documentId,
        locale: 'en',
        expectedVersion: current.version,
        translation: { slug: current.slug, title, summary: current.summary, body: current.body, fields: current.fields, sourceLocale: current.sourceLocale },
        actor: SYSTEM_ACTOR,
      });
      await content.publishTranslation({ documentId: page.documentId, locale: 'en', actor: SYSTEM_ACTOR });
      const waiting = new Set(servers);
      while (waiting.size > 0) {
        if (performance.now() - started > 10_000) throw new Error(`the new title was not visible on every instance after 10 s`);
        for (const server of [...waiting]) {
          const response = await getRaw(`${server.url}${pagePath}`);
          if (response.body.toString('utf8').includes(title)) waiting.delete(server);
        }
        if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      latencies.push(performance.now() - started);
    }
  } finally {
    await stop();
  }
  const value = median(latencies);
  return { figure, value: `${fmt.ms(value)} (max ${fmt.ms(Math.max(...latencies))})`, target: VISIBLE_TARGET, meets: value <= 1000 };
}
