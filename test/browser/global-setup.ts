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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('dataDir', server.dataDir);
  return () => server.stop();
}
