// A server instance reduced to its schedule runner, for the multi-process test on one SQLite file:
// `node --import tsx test/helpers/schedule-runner-process.ts <sqlite file> <now ISO>` prints what it applied.
import { manualClock } from '../../src/platform/clock.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { createAuditModule } from '../../src/modules/audit/index.ts';
import { createContentModule } from '../../src/modules/content/index.ts';
import { createSettingsModule } from '../../src/modules/settings/index.ts';
import { createWorkflowModule } from '../../src/modules/workflow/index.ts';

interface RunResult {
  applied: string[];
  failed: { id: string; error: string }[];
}

const [file, now] = process.argv.slice(2);
if (!file || !now) throw new Error('usage: schedule-runner-process.ts <sqlite file> <now ISO>');
const database = openDatabase({ url: file });
const clock = manualClock(now);
const content = createContentModule({ db: database.db, clock }).service;
const audit = createAuditModule({ db: database.db, clock });
const workflow = createWorkflowModule({ db: database.db, clock, content, audit, settings: createSettingsModule({ db: database.db, audit }) });
const runner = workflow.createRunner();
// Ticks until nothing is pending, as the 15-second timer would (its clock moving 30 s a tick, so a
// lease left by a failed write runs out); a tick that meets a busy database stops early (or, when
// listing fails, throws) and the next one goes on.
const result: RunResult = { applied: [], failed: [] };
for (let tick = 0; tick < 100; tick++) {
  try {
    const run = await runner.runDue();
    result.applied.push(...run.applied);
    result.failed.push(...run.failed);
    if ((await workflow.schedule.listPending()).length === 0) break;
  } catch {
    // Retried on the next tick.
  }
  clock.advance(30_000);
  await new Promise((resolve) => setTimeout(resolve, 10));
}
await runner.stop();
await database.close();
process.stdout.write(JSON.stringify(result));
