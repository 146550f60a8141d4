import type { TestProject } from 'vitest/node';
import { startServer } from '../helpers/server-process.ts';

/**
 * One real server for the whole browser run, on a fresh SQLite database with the demo content.
 * The test files read its origin with `inject('baseUrl')`.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server under test, without a trailing slash: `http://127.0.0.1:PORT`. */
    baseUrl: string;
    /** The server's DATA_DIR: `npx ensemble` commands given it act on the same site. */
    dataDir: string;
  }
}

/** The demo stories, whose clips the server draws and transcodes after it starts. */
const DEMO_STORIES = ['/fr/journee-internationale-des-migrants-2019/le-salon-de-karim', '/fr/journee-internationale-des-migrants-2019/mariela-et-joel'];
const VIDEO_READY_TIMEOUT_MS = 240_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  // Every test sees the finished site: both demo clips drawn, transcoded, and on their pages.
  await waitFor(async () => {
    const pages = await Promise.all(DEMO_STORIES.map(async (story) => (await fetch(server.baseUrl + story)).text()));
    return pages.every((html) => html.includes('-360.mp4'));
  }, VIDEO_READY_TIMEOUT_MS, 'the demo story videos to be transcoded');
  project.provide('baseUrl', server.baseUrl);
  project.provide('dataDir', server.dataDir);
  return () => server.stop();
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Gave up waiting for ${what} after ${timeoutMs / 1000} s`);
}
