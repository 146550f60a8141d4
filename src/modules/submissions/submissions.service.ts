import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { SYSTEM, type Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { authorize } from '../policy/index.ts';
import type { ContentService, RichTextDoc } from '../content/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource } from '../locales/index.ts';
import { sniffImageType } from '../media/index.ts';
import { CONSENT_TEXT_VERSION, checkSubmissionForm } from './submission-input.ts';
import { invalidSubmission, submissionNotFound, submissionNotPending, SUBMISSIONS_PHOTO_TYPE, SUBMISSIONS_UPLOAD_TOO_LARGE, SUBMISSIONS_VIDEO_UNAVAILABLE } from './submissions.errors.ts';
import { createSubmissionsRepository } from './submissions.repository.ts';
import type { StorySubmission, SubmissionContact, SubmissionForm, SubmissionPage, SubmissionStatus } from './submissions.types.ts';
import type { StagedUpload } from './upload-staging.ts';

/** The part of the media module a submission's photo goes through (re-encoded, metadata removed). */
export interface SubmissionImageStore {
  createImageFromUpload(source: AsyncIterable<Uint8Array>, opts: { actor: Actor; fileName?: string }): Promise<{ id: string }>;
}

/** The part of the video module a submission's video goes through. */
export interface SubmissionVideoStore {
  createVideoFromUpload(source: AsyncIterable<Uint8Array>, opts: { actor: Actor; fileName?: string }): Promise<{ id: string }>;
}

const PHOTO_TYPES = new Set(['jpeg', 'png', 'webp']);
const MAX_PAGE = 100;
// The media library shows this instead of the sender's file name, which may well be their name.
const NEUTRAL_FILE_NAME = 'story-submission';

export type SubmissionsService = ReturnType<typeof createSubmissionsService>;

export interface SubmissionsServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditModule;
  readonly content: ContentService;
  readonly images: SubmissionImageStore;
  readonly videos?: SubmissionVideoStore;
  /** Told of each draft story made from a submission: the sender's agreement becomes its consent record. */
  readonly onApproved?: (submission: StorySubmission, documentId: string, unit: UnitOfWork) => Promise<void>;
  /** The configured locales a story may be drafted in; a module tested on its own gets the initial four. */
  readonly locales?: LocaleSource;
  /** Told of each story received, in the transaction that stores it: its moderators are notified. */
  readonly onSubmitted?: (submission: StorySubmission, unit: UnitOfWork) => Promise<void>;
}

export function createSubmissionsService({
  db,
  clock,
  audit,
  content,
  images,
  videos,
  onApproved,
  locales = INITIAL_LOCALE_SOURCE,
  onSubmitted,
}: SubmissionsServiceDeps) {
  const repo = createSubmissionsRepository(db);

  async function newestCampaignId(): Promise<string | null> {
    const campaigns = await content.listDocuments('campaign');
    const newest = campaigns.sort((a, b) => String(b.fields.date ?? '').localeCompare(String(a.fields.date ?? '')))[0];
    return newest?.id ?? null;
  }

  async function getSubmission(id: string): Promise<StorySubmission> {
    const found = await repo.find(id);
    if (!found) throw submissionNotFound(id);
    return found;
  }

  return {
    /**
     * Hands a staged file to the media module (JPEG, PNG, WebP photo) or the video module (anything
     * else; it accepts MP4, WebM, MOV by content). The staged file is left for the caller to discard.
     * @throws SUBMISSIONS_PHOTO_TYPE (an image of another kind), SUBMISSIONS_VIDEO_UNAVAILABLE,
     *   MEDIA_UPLOAD_*, MEDIA_* image errors, VIDEO_* upload errors
     */
    async storeUpload(upload: StagedUpload): Promise<{ photoImageId: string } | { videoId: string }> {
      const imageType = sniffImageType(upload.head);
      if (imageType !== undefined) {
        if (!PHOTO_TYPES.has(imageType)) throw new AppError(SUBMISSIONS_PHOTO_TYPE, 'validation', `A ${imageType} image is not accepted`);
        const image = await images.createImageFromUpload(upload.read(), { actor: SYSTEM, fileName: NEUTRAL_FILE_NAME });
        return { photoImageId: image.id };
      }
      if (!videos) throw new AppError(SUBMISSIONS_VIDEO_UNAVAILABLE, 'validation', 'Videos cannot be received on this site');
      const video = await videos.createVideoFromUpload(upload.read(), { actor: SYSTEM, fileName: NEUTRAL_FILE_NAME });
      return { videoId: video.id };
    },

    /**
     * Records a story sent through the public form, pending moderation; contact details go to
     * their own table.
     * @throws SUBMISSIONS_INVALID (details name each field: displayName, story, consent…)
     */
    async submit(input: { locale: LocaleCode; form: SubmissionForm; photoImageId?: string; videoId?: string }): Promise<StorySubmission> {
      const { input: clean, problems } = checkSubmissionForm(input.form);
      if (problems.length > 0) throw invalidSubmission(problems.map((p) => ({ path: p.field, message: p.reason })));
      const now = clock.now().toISOString();
      const submission: StorySubmission = {
        id: newId(),
        locale: input.locale,
        displayName: clean.displayName,
        originCountry: clean.originCountry,
        residenceCountry: clean.residenceCountry,
        story: clean.story,
        storyLanguage: clean.storyLanguage,
        photoImageId: input.photoImageId ?? null,
        videoId: input.videoId ?? null,
        consentTextVersion: CONSENT_TEXT_VERSION,
        consentedAt: now,
        status: 'pending',
        moderatedBy: null,
        moderatedAt: null,
        storyDocumentId: null,
        createdAt: now,
      };
      const contact: SubmissionContact | undefined =
        clean.email !== null || clean.phone !== null ? { submissionId: submission.id, email: clean.email, phone: clean.phone, createdAt: now } : undefined;
      await withUnitOfWork(db, undefined, async (unit) => {
        await createSubmissionsRepository(unit.trx).insert(submission, contact);
        await onSubmitted?.(submission, unit);
      });
      return submission;
    },

    /** The queue: pending first (oldest first), then moderated ones; one status when given. */
    async list(query: { status?: SubmissionStatus; limit: number; offset: number }): Promise<SubmissionPage> {
      const limit = Math.min(Math.max(1, Math.floor(query.limit)), MAX_PAGE);
      return repo.list(query.status, limit, Math.max(0, Math.floor(query.offset)));
    },

    /** @throws SUBMISSIONS_NOT_FOUND */
    getSubmission,

    async findContact(submissionId: string): Promise<SubmissionContact | undefined> {
      return repo.findContact(submissionId);
    },

    /**
     * Turns a pending submission into a DRAFT story (never published here), copying nothing from
     * the contact details, and marks it approved.
     * @throws SUBMISSIONS_NOT_FOUND, SUBMISSIONS_NOT_PENDING, CONTENT_INVALID
     */
    async approve(id: string, actor: Actor): Promise<{ submission: StorySubmission; documentId: string }> {
      authorize(actor, 'submissions.moderate');
      const submission = await getSubmission(id);
      if (submission.status !== 'pending') throw submissionNotPending(submission.status);
      // Drafted in the language it was written in when the site has it (enabled or not), else in English for a translator to take up.
      const locale: LocaleCode = locales.current().has(submission.storyLanguage) ? submission.storyLanguage : 'en';
      const parentId = await newestCampaignId();
      // The draft story, its consent record, the submission's state and the audit entry: one commit.
      // The story is made by the system: moderating is the permission this needs, not creating pages.
      const documentId = await withUnitOfWork(db, undefined, async (unit) => {
        const { document } = await content.createDocumentWithTranslation({
          type: 'story',
          // Filed under the newest campaign, where the form is offered; editors can move it.
          parentId,
          fields: {
            originCountry: submission.originCountry,
            residenceCountry: submission.residenceCountry,
            people: submission.displayName,
            ...(submission.photoImageId ? { image: submission.photoImageId } : {}),
            ...(submission.videoId ? { video: submission.videoId } : {}),
          },
          locale,
          translation: {
            slug: `story-${submission.id.slice(0, 8).toLowerCase()}`,
            title: submission.displayName,
            summary: summaryOf(submission.story),
            body: storyToRichText(submission.story),
          },
          actor: SYSTEM,
          unit,
        });
        const moderatedAt = clock.now().toISOString();
        const rows = createSubmissionsRepository(unit.trx);
        // Another moderator decided first: the draft made here rolls back with everything else.
        if (!(await rows.moderate(id, { status: 'approved', moderatedBy: actor.id, moderatedAt, storyDocumentId: document.id }))) {
          throw submissionNotPending((await rows.find(id))?.status ?? 'approved');
        }
        await audit.record({ actorId: actor.id, action: 'submission.approved', documentId: document.id, locale, details: { submissionId: id } }, unit.trx);
        await onApproved?.(submission, document.id, unit);
        return document.id;
      });
      return { submission: await getSubmission(id), documentId };
    },

    /** @throws SUBMISSIONS_NOT_FOUND, SUBMISSIONS_NOT_PENDING */
    async reject(id: string, actor: Actor): Promise<StorySubmission> {
      authorize(actor, 'submissions.moderate');
      const submission = await getSubmission(id);
      if (submission.status !== 'pending') throw submissionNotPending(submission.status);
      const moved = await withUnitOfWork(db, undefined, async ({ trx }) => {
        if (!(await createSubmissionsRepository(trx).moderate(id, { status: 'rejected', moderatedBy: actor.id, moderatedAt: clock.now().toISOString() }))) return false;
        await audit.record({ actorId: actor.id, action: 'submission.rejected', details: { submissionId: id } }, trx);
        return true;
      });
      if (!moved) throw submissionNotPending((await getSubmission(id)).status);
      return getSubmission(id);
    },

    /**
     * Erases on the sender's request: always the contact details; with `wholeSubmission`, the
     * story, name and countries too. A draft story already made from it is editorial content and
     * stays (the audit entry names it). The audit entry holds ids only, never the erased data.
     * @throws SUBMISSIONS_NOT_FOUND
     */
    async eraseContact(id: string, actor: Actor, options: { wholeSubmission?: boolean } = {}): Promise<{ erased: 'contact' | 'submission' }> {
      authorize(actor, 'submissions.moderate');
      const submission = await getSubmission(id);
      const details = {
        submissionId: id,
        erased: options.wholeSubmission ? 'submission' : 'contact',
        ...(submission.storyDocumentId ? { storyDocumentId: submission.storyDocumentId } : {}),
        ...(submission.photoImageId ? { photoImageId: submission.photoImageId } : {}),
        ...(submission.videoId ? { videoId: submission.videoId } : {}),
      };
      await withUnitOfWork(db, undefined, async ({ trx }) => {
        const rows = createSubmissionsRepository(trx);
        if (options.wholeSubmission) await rows.delete(id);
        else await rows.deleteContact(id);
        await audit.record({ actorId: actor.id, action: 'submission.erased', documentId: submission.storyDocumentId, details }, trx);
      });
      return { erased: options.wholeSubmission ? 'submission' : 'contact' };
    },
  };
}

/** Paragraphs where the sender left blank lines; single line breaks kept inside them. */
export function storyToRichText(story: string): RichTextDoc {
  return {
    type: 'doc',
    content: story
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((paragraph) => ({
        type: 'paragraph' as const,
        content: paragraph.split('\n').flatMap((line, index) => [
          ...(index > 0 ? [{ type: 'hardBreak' as const }] : []),
          ...(line === '' ? [] : [{ type: 'text' as const, text: line }]),
        ]),
      })),
  };
}

/** The story's opening, cut at a word near 240 characters, for the draft's summary. */
function summaryOf(story: string): string {
  const flat = story.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= 240) return flat;
  const cut = chars.slice(0, 240).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > 160 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function isSubmissionUploadError(error: unknown): error is AppError {
  return isAppError(error) && (error.code.startsWith('MEDIA_') || error.code.startsWith('VIDEO_') || error.code.startsWith('SUBMISSIONS_PHOTO') || error.code === SUBMISSIONS_VIDEO_UNAVAILABLE || error.code === SUBMISSIONS_UPLOAD_TOO_LARGE);
}
