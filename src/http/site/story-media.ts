import { createHash } from 'node:crypto';
import { cueToPlainText, parseCaptions } from '../../modules/captions/index.ts';
import type { ContentDocument, Translation } from '../../modules/content/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';
import type { VideoAsset, VideoFile } from '../../modules/video/index.ts';

export type TrackKind = 'captions' | 'descriptions';

export interface TrackView {
  readonly kind: TrackKind;
  readonly locale: LocaleCode;
  readonly src: string;
  readonly isDefault: boolean;
}

export interface SourceView {
  readonly src: string;
  readonly type: string;
  /** Chosen by the browser for small screens, before the full rendition. */
  readonly media?: string;
}

export interface DownloadView {
  readonly kind: VideoFile['kind'];
  readonly href: string;
  readonly bytes: number;
}

export interface TranscriptLine {
  readonly startMs: number;
  readonly endMs: number;
  readonly text: string;
}

export type TranscriptView =
  | { readonly kind: 'cues'; readonly locale: LocaleCode; readonly lines: readonly TranscriptLine[] }
  | { readonly kind: 'edited'; readonly locale: LocaleCode; readonly paragraphs: readonly string[] };

/** What the player, the transcript and the download list of one story show. */
export interface StoryMedia {
  readonly video: VideoAsset;
  readonly sources: readonly SourceView[];
  readonly poster: string | undefined;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly tracks: readonly TrackView[];
  readonly downloads: readonly DownloadView[];
  readonly transcript: TranscriptView | undefined;
  /** Locales with published captions, for badges and the caption-language filter. */
  readonly captionLocales: readonly LocaleCode[];
  /** The 720p rendition (or the original), absolute path for Open Graph and JSON-LD. */
  readonly mainFile: VideoFile;
}

/** Screens this narrow get the light rendition first: a phone needs no more than 360 lines. */
export const SMALL_SCREEN = '(max-width: 40em)';

export function videoFileUrl(file: VideoFile): string {
  return `/media/video/${file.file}`;
}

/** Caption files are named by their content, so they can be cached for a year like the video. */
export function trackUrl(documentId: string, locale: LocaleCode, kind: TrackKind, vtt: string): string {
  return `/captions/${documentId}/${locale}/${kind}.${trackHash(vtt)}.vtt`;
}

export function trackHash(vtt: string): string {
  return createHash('sha256').update(vtt).digest('hex').slice(0, 12);
}

/** The published tracks of a story, by locale. */
export function tracksOf(translations: readonly Translation[], kind: TrackKind): Map<LocaleCode, string> {
  const out = new Map<LocaleCode, string>();
  for (const t of translations) {
    const vtt = t.fields[kind];
    if (t.status === 'published' && typeof vtt === 'string' && vtt !== '') out.set(t.locale, vtt);
  }
  return out;
}

/**
 * Sources, tracks, downloads and transcript for a story in `locale`. A video that is not (yet)
 * transcoded plays from its original file, so a site without ffmpeg still shows every story.
 */
export function buildStoryMedia(
  document: ContentDocument,
  locale: LocaleCode,
  shown: Translation,
  video: VideoAsset,
  translations: readonly Translation[],
): StoryMedia {
  const find = (kind: VideoFile['kind']) => video.renditions.find((r) => r.kind === kind);
  const full = find('720p');
  const light = find('360p');
  const audio = find('audio');
  const sources: SourceView[] = [];
  if (full && light) {
    sources.push({ src: videoFileUrl(light), type: light.mime, media: SMALL_SCREEN }, { src: videoFileUrl(full), type: full.mime });
  } else {
    sources.push({ src: videoFileUrl(video.original), type: video.original.mime });
  }
  const captions = tracksOf(translations, 'captions');
  const descriptions = tracksOf(translations, 'descriptions');
  // Captions on by default in the page's language, else in the language of the text shown.
  const defaultLocale = captions.has(locale) ? locale : captions.has(shown.locale) ? shown.locale : undefined;
  const tracks: TrackView[] = [];
  // The original language first, then the translations in the order they were made: the same list on every page.
  const made = [...translations].sort((a, b) => Number(a.sourceLocale !== null) - Number(b.sourceLocale !== null) || a.createdAt.localeCompare(b.createdAt) || a.locale.localeCompare(b.locale));
  const order = (tracks: ReadonlyMap<LocaleCode, string>) => made.map((t) => t.locale).filter((code) => tracks.has(code));
  for (const code of order(captions)) {
    const vtt = captions.get(code);
    if (vtt) tracks.push({ kind: 'captions', locale: code, src: trackUrl(document.id, code, 'captions', vtt), isDefault: code === defaultLocale });
  }
  for (const code of order(descriptions)) {
    const vtt = descriptions.get(code);
    if (vtt) tracks.push({ kind: 'descriptions', locale: code, src: trackUrl(document.id, code, 'descriptions', vtt), isDefault: false });
  }
  const downloads: DownloadView[] = [full, light, audio]
    .filter((f): f is VideoFile => f !== undefined)
    .map((f) => ({ kind: f.kind, href: videoFileUrl(f), bytes: f.bytes }));
  if (downloads.length === 0) downloads.push({ kind: 'original', href: videoFileUrl(video.original), bytes: video.original.bytes });
  return {
    video,
    sources,
    poster: video.poster ? videoFileUrl(video.poster) : undefined,
    width: full?.width ?? video.width ?? undefined,
    height: full?.height ?? video.height ?? undefined,
    tracks,
    downloads,
    transcript: buildTranscript(shown, captions, locale),
    captionLocales: [...captions.keys()],
    mainFile: full ?? video.original,
  };
}

/**
 * The transcript: the editors' own when they wrote one, else the captions line by line (in the
 * page's language when there are captions in it), which the player script can follow.
 */
function buildTranscript(shown: Translation, captions: ReadonlyMap<LocaleCode, string>, locale: LocaleCode): TranscriptView | undefined {
  const edited = typeof shown.fields.transcript === 'string' ? shown.fields.transcript.trim() : '';
  if (edited !== '') {
    return { kind: 'edited', locale: shown.locale, paragraphs: edited.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) };
  }
  const from = captions.has(locale) ? locale : captions.has(shown.locale) ? shown.locale : [...captions.keys()][0];
  const vtt = from ? captions.get(from) : undefined;
  if (!from || !vtt) return undefined;
  const parsed = parseCaptions(vtt);
  if (!parsed.ok) return undefined;
  const lines = parsed.cues.map((cue) => ({ startMs: cue.startMs, endMs: cue.endMs, text: cueToPlainText(cue) })).filter((l) => l.text !== '');
  return { kind: 'cues', locale: from, lines };
}

/** "1:05" or "1:02:05", for transcript times and durations. */
export function clockTime(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** ISO 8601 duration for JSON-LD, e.g. PT1M5S. */
export function isoDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
