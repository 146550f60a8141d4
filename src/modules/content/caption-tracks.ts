import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/index.ts';
import { parseCaptions, type CaptionProblem, type Cue } from '../captions/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { CONTENT_INVALID, CONTENT_VERSION_CONFLICT, documentNotFound, translationNotFound } from './content.errors.ts';
import { findContentType } from './content-types.ts';
import type { ContentService } from './content.service.ts';
import type { Translation } from './content.types.ts';
import { textFingerprint } from './translation-states.ts';

/**
 * Where one locale's caption track stands: `source` (the track others are made from), `current`
 * (made from the source's present cues), `outdated` (the source's cues changed since), `missing`
 * (the source has the track, this locale not), `none` (neither has it), `noTranslation`.
 */
export type CaptionTrackState = 'source' | 'current' | 'outdated' | 'missing' | 'none' | 'noTranslation';

/** How a track came in, for the audit log: a file (back office or API), the cue editor, or the translation view. */
export type CaptionTrackVia = 'upload' | 'api' | 'editor' | 'translation';

/** A track that does not pass the upload's checks: the problems, each on its line, and nothing saved. */
export class CaptionTrackInvalidError extends AppError {
  readonly problems: readonly CaptionProblem[];

  constructor(problems: readonly CaptionProblem[]) {
    // The same details as the API's upload gives: each problem on its line, its code as the reason.
    const details = problems.map((p) => ({ path: `line ${p.line}`, message: p.detail ? `${p.code}: ${p.detail}` : p.code, reason: p.code }));
    super(CONTENT_INVALID, 'validation', 'The captions are not valid WebVTT', { details });
    this.problems = problems;
  }
}

export function isCaptionTrackInvalid(error: unknown): error is CaptionTrackInvalidError {
  return error instanceof CaptionTrackInvalidError;
}

/** A fingerprint of a track's normalised text; an empty track has none. */
export function captionFingerprint(vtt: string): string {
  return createHash('sha256').update(vtt).digest('base64url').slice(0, 22);
}

/**
 * Caption tracks (translatable fields of kind `captions`) saved one at a time, from a file or from
 * text, and where each locale's track stands against the source's. A save is a translation save
 * (policy `translation.edit` in that locale, the version check, the revision, the audit entry);
 * a translated track also records the source cues it was made from, in the same transaction.
 */
export function createCaptionTracks({ db, clock, service }: { db: Db; clock: Clock; service: ContentService }) {
  return {
    /**
     * Checks a track (WebVTT or SRT, text or bytes) with the upload's rules and saves it as the
     * translation's working copy, the rest of the translation as stored. A stale `expectedVersion`
     * is refused and nothing is saved.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_TRANSLATION_NOT_FOUND, CONTENT_INVALID (CaptionTrackInvalidError with line-numbered problems), CONTENT_VERSION_CONFLICT
     */
    async saveTrack(input: {
      documentId: string;
      locale: LocaleCode;
      track: string;
      text: string | Uint8Array;
      expectedVersion: number;
      actor: Actor;
      via: CaptionTrackVia;
      /** The captionFingerprint of the source track the translator worked from: refused once the source changed. */
      sourceFingerprint?: string;
      unit?: UnitOfWork;
    }): Promise<{ translation: Translation; cues: readonly Cue[]; warnings: readonly CaptionProblem[]; sourceFormat: 'webvtt' | 'srt' }> {
      return withUnitOfWork(db, input.unit, async (unit) => {
        const { documentId, locale, track, actor } = input;
        const doc = await service.getDocument(documentId, unit).catch(() => undefined);
        if (!doc) throw documentNotFound(documentId);
        const copies = await service.listWorkingCopies(documentId, unit);
        const source = copies.find((c) => c.translation.sourceLocale === null);
        // Policy first: someone who may not edit this locale learns nothing about the text.
        authorize(actor, 'translation.edit', { locale, isSource: source === undefined || source.translation.locale === locale });
        const def = findContentType(doc.type)?.translatableFields.find((d) => d.name === track && d.kind === 'captions');
        if (!def) throw new CaptionTrackInvalidError([{ line: 1, code: 'no-cues', detail: `no caption track "${track.slice(0, 40)}"` }]);
        const current = copies.find((c) => c.translation.locale === locale)?.text;
        if (!current) throw translationNotFound(documentId, locale);
        const parsed = parseCaptions(input.text);
        if (!parsed.ok) throw new CaptionTrackInvalidError(parsed.problems);
        const sourceVtt = source && source.translation.locale !== locale ? textOf(source.text.fields[track]) : '';
        if (input.sourceFingerprint !== undefined && input.sourceFingerprint !== captionFingerprint(sourceVtt)) {
          throw new AppError(CONTENT_VERSION_CONFLICT, 'conflict', 'The source track changed since this translation was started');
        }

        const details: Record<string, unknown> = { track, cues: parsed.cues.length, warnings: parsed.warnings.length, sourceFormat: parsed.sourceFormat };
        const translation = await service.saveTranslation({
          documentId,
          locale,
          expectedVersion: input.expectedVersion,
          translation: { slug: current.slug, title: current.title, summary: current.summary, body: current.body, fields: { ...current.fields, [track]: parsed.vtt } },
          actor,
          unit,
          // One track says nothing about the rest of the text: the translation keeps its own source version.
          keepSourceVersion: true,
          auditAs: { action: input.via === 'upload' || input.via === 'api' ? 'captions.uploaded' : 'captions.edited', details: { ...details, via: input.via } },
        });
        const row = unit.trx.selectFrom('captionTrackSources').where('documentId', '=', documentId).where('locale', '=', locale).where('track', '=', track);
        if (sourceVtt !== '' && source) {
          const values = { sourceLocale: source.translation.locale, sourceFingerprint: captionFingerprint(sourceVtt), sourceVtt, updatedAt: clock.now().toISOString() };
          const exists = await row.select('documentId').executeTakeFirst();
          if (exists) {
            await unit.trx.updateTable('captionTrackSources').set(values).where('documentId', '=', documentId).where('locale', '=', locale).where('track', '=', track).execute();
          } else {
            await unit.trx.insertInto('captionTrackSources').values({ documentId, locale, track, ...values }).execute();
          }
        }
        return { translation, cues: parsed.cues, warnings: parsed.warnings, sourceFormat: parsed.sourceFormat };
      });
    },

    /**
     * Each locale's state for each track of a document, from the working copies (what translators
     * see). A translated track saved before its source cues were recorded is current while its
     * translation as a whole is.
     */
    async trackStates(documentId: string, locales: readonly LocaleCode[], tracks: readonly string[]): Promise<Record<LocaleCode, Record<string, CaptionTrackState>>> {
      const copies = await service.listWorkingCopies(documentId);
      const source = copies.find((c) => c.translation.sourceLocale === null);
      const recorded = await listSources(db, documentId);
      const out: Record<LocaleCode, Record<string, CaptionTrackState>> = {};
      for (const locale of locales) {
        const copy = copies.find((c) => c.translation.locale === locale);
        out[locale] = {};
        for (const track of tracks) {
          const sourceVtt = textOf(source?.text.fields[track]);
          const own = textOf(copy?.text.fields[track]);
          let state: CaptionTrackState;
          if (!copy) state = 'noTranslation';
          else if (copy === source) state = own === '' ? 'none' : 'source';
          else if (own === '') state = sourceVtt === '' ? 'none' : 'missing';
          else if (sourceVtt === '') state = 'current';
          else {
            const made = recorded.get(`${locale}\n${track}`);
            const isCurrent = made ? made.sourceFingerprint === captionFingerprint(sourceVtt) : source !== undefined && copy.text.sourceFingerprint === textFingerprint(source.translation);
            state = isCurrent ? 'current' : 'outdated';
          }
          out[locale][track] = state;
        }
      }
      return out;
    },

    /** The source's track as it was when this locale's track was saved, if recorded. */
    async findTranslatedFrom(documentId: string, locale: LocaleCode, track: string): Promise<{ sourceLocale: LocaleCode; sourceVtt: string } | undefined> {
      const row = await db
        .selectFrom('captionTrackSources')
        .select(['sourceLocale', 'sourceVtt'])
        .where('documentId', '=', documentId)
        .where('locale', '=', locale)
        .where('track', '=', track)
        .executeTakeFirst();
      return row;
    },
  };
}

export type CaptionTracks = ReturnType<typeof createCaptionTracks>;

async function listSources(db: Db, documentId: string) {
  const rows = await db.selectFrom('captionTrackSources').select(['locale', 'track', 'sourceFingerprint']).where('documentId', '=', documentId).execute();
  return new Map(rows.map((r) => [`${r.locale}\n${r.track}`, r]));
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
