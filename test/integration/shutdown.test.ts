import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.ts';
import { addUser } from '../helpers/cli.ts';
import { HttpSession } from '../helpers/http-session.ts';
import { multipartBody } from '../helpers/multipart.ts';
import { createScratchDatabase, dropScratchDatabase } from '../helpers/scratch-database.ts';
import { startServer } from '../helpers/server-process.ts';
import { testDialects } from '../helpers/test-database.ts';

const PASSWORD = 'a password for the shutdown test';
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A clip long enough that its transcode is still running when the signal comes. */
async function makeClip(dir: string): Promise<Buffer> {
  const file = path.join(dir, 'clip.mp4');
  const lavfi = ['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25:duration=12', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=12'];
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...lavfi, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file]);
  return readFile(file);
}

describe('SIGTERM', () => {
  for (const dialect of testDialects()) {
    it(`lets requests and an upload in flight finish, frees the video job it held, and exits 0 [${dialect}]`, async () => {
      const databaseUrl = dialect === 'postgres' ? await createScratchDatabase('shutdown') : undefined;
      const scratch = await mkdtemp(path.join(os.tmpdir(), 'ensemble-shutdown-'));
      const server = await startServer({ databaseUrl, timeoutMs: 90_000, env: { DEMO_CONTENT: 'false', SHUTDOWN_GRACE_MS: '20000' } });
      const database = openDatabase({ url: databaseUrl ?? `file:${path.join(server.dataDir, 'ensemble.sqlite')}` });
      try {
        const clip = await makeClip(scratch);
        const browser = new HttpSession(server.baseUrl);
        const link = new URL(addUser({ dataDir: server.dataDir, publicUrl: server.baseUrl, databaseUrl }, 'administrator', 'ops@example.org'));
        const form = await browser.get(link.pathname + link.search);
        expect((await browser.submitForm(form.body, '/admin/set-password', { password: PASSWORD })).status).toBe(303);
        const signIn = await browser.get('/admin/sign-in');
        expect((await browser.submitForm(signIn.body, '/admin/sign-in', { email: 'ops@example.org', password: PASSWORD })).status).toBe(303);
        const csrf = /name="_csrf" value="([^"]+)"/.exec((await browser.get('/admin/videos')).body)?.[1];
        expect(csrf).toBeDefined();
        const upload = (body: BodyInit) =>
          fetch(`${server.baseUrl}/admin/videos`, {
            method: 'POST',
            redirect: 'manual',
            headers: { cookie: browser.cookieHeader(), 'content-type': multipart.contentType },
            body,
            duplex: 'half',
          } as RequestInit);
        const multipart = multipartBody([{ name: '_csrf', value: csrf! }, { name: 'file', filename: 'shutdown.mp4', type: 'video/mp4', body: clip }]);

        // A first video, taken by this server's worker: its lease is what the shutdown must give back.
        expect((await upload(multipart.payload)).status).toBe(303);
        const processing = async () => (await database.db.selectFrom('videos').select('status').where('status', '=', 'processing').execute()).length;
        for (let i = 0; i < 150 && (await processing()) === 0; i++) await delay(200);

        // A second upload, half sent when the signal comes and finished after it.
        let sendRest!: () => void;
        const restMayGo = new Promise<void>((resolve) => (sendRest = resolve));
        const half = Math.floor(multipart.payload.length / 2);
        const streamed = upload(
          new ReadableStream({
            async start(controller) {
              controller.enqueue(multipart.payload.subarray(0, half));
              await restMayGo;
              controller.enqueue(multipart.payload.subarray(half));
              controller.close();
            },
          }),
        );
        const burst = Array.from({ length: 40 }, (_, i) => fetch(`${server.baseUrl}${i % 2 ? '/admin/videos' : '/healthz'}`, { headers: { cookie: browser.cookieHeader() }, redirect: 'manual' }));
        let signalledAt = 0;
        const outcomes = [streamed, ...burst].map((request, i) => request.then((r) => r.status, (error: unknown) => `#${i} +${signalledAt ? Date.now() - signalledAt : -1}ms ${String((error as Error).cause ?? error)}`));
        // The burst has reached the server (the first answers are back) and most of it is still running.
        await Promise.race([Promise.all(outcomes.slice(1, 6)), delay(5_000)]);
        // The first job is being transcoded: the stopping worker holds its lease.
        expect(await processing()).toBe(1);
        const exited = server.signal('SIGTERM');
        signalledAt = Date.now();
        await delay(300);
        // A load balancer asking now is told to send nothing new; the asking itself is answered.
        const readiness = await fetch(`${server.baseUrl}/readyz`);
        expect(readiness.status).toBe(503);
        expect(((await readiness.json()) as { status: string }).status).toBe('shutting down');
        sendRest();

        const statuses = await Promise.all(outcomes);
        const code = await exited;
        expect({ failed: statuses.filter((status) => typeof status !== 'number' || status >= 400), code }, server.stderr()).toEqual({ failed: [], code: 0 });

        // Both jobs are free for the next instance: none is left leased by the stopped process.
        const videos = await database.db.selectFrom('videos').select(['status', 'claimedUntil']).execute();
        expect(videos).toHaveLength(2);
        for (const video of videos) {
          expect(['queued', 'ready']).toContain(video.status);
          if (video.status === 'queued') expect(video.claimedUntil).toBeNull();
        }
        expect(server.stderr()).not.toMatch(/"level":50/);
      } finally {
        await database.close();
        await server.stop();
        await rm(server.dataDir, { recursive: true, force: true });
        await rm(scratch, { recursive: true, force: true });
        if (databaseUrl) await dropScratchDatabase(databaseUrl);
      }
    }, 240_000);
  }
});
