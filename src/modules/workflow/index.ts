/** @module workflow — scheduled publish/unpublish and its runner, signed preview links, revision compare and restore. */
import type { LocaleSource } from '../locales/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AuditModule } from '../audit/index.ts';
import type { ContentService } from '../content/index.ts';
import type { SettingsModule } from '../settings/index.ts';
import { createPreviewLinks } from './preview-links.ts';
import { createRevisionsService } from './revisions.service.ts';
import { createScheduleRunner, type ScheduleFailureListener } from './schedule.runner.ts';
import { createScheduleService } from './schedule.service.ts';
import { createScheduleRepository } from './schedule.repository.ts';
import type { Schema } from '../../platform/db/schema.ts';

export interface WorkflowDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly content: ContentService;
  readonly audit: AuditModule;
  readonly settings: SettingsModule;
  readonly locales?: LocaleSource;
  /** Told of each scheduled change that failed, in the transaction recording it (notifications). */
  readonly onScheduleFailed?: ScheduleFailureListener;
}

export function createWorkflowModule(deps: WorkflowDeps) {
  return {
    schedule: createScheduleService(deps),
    previews: createPreviewLinks(deps),
    revisions: createRevisionsService(deps),
    /** The runner is created apart so the composition root decides when it starts and stops. */
    /** Scheduled changes not yet carried out (the metrics read it on each scrape). */
    countPending: () => createScheduleRepository(deps.db).countPending(),
    createRunner: (options: { onError?: (error: unknown) => void; intervalMs?: number } = {}) =>
      createScheduleRunner({ ...deps, ...options }),
  };
}

export type WorkflowModule = ReturnType<typeof createWorkflowModule>;
export type { ScheduleService } from './schedule.service.ts';
export type { ScheduleRunner, ScheduleFailureEvent, ScheduleFailureListener } from './schedule.runner.ts';
export type { PreviewLinks, PreviewCheck } from './preview-links.ts';
export { DEFAULT_PREVIEW_HOURS, MAX_PREVIEW_HOURS } from './preview-links.ts';
export type { RevisionsService, RevisionComparison, TextComparison } from './revisions.service.ts';
export type { DiffRow, Segment, SegmentKind } from './text-diff.ts';
export { diffWords } from './text-diff.ts';
export type * from './workflow.types.ts';
export { SCHEDULED_ACTIONS } from './workflow.types.ts';
export * from './workflow.errors.ts';
export {
  formatLocalDateTime,
  formatOffset,
  isTimeZone,
  listTimeZones,
  offsetMinutesAt,
  parseLocalDateTime,
  utcToLocal,
  zonedToUtc,
  type LocalDateTime,
} from './time-zones.ts';

/** The zone the scheduling form offers first: the organisation's seat (Geneva). */
export const DEFAULT_TIME_ZONE = 'Europe/Zurich';

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['scheduledChanges'] as const satisfies readonly (keyof Schema)[];
