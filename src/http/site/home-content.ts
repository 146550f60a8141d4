import { referenceIds, type ContentDocument, type ContentReader, type LocalizedDocument, type LocalizedSummary, type ReadOptions } from '../../modules/content/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';

/** How many statements and stories the home page lists under "latest". */
export const HOME_LATEST_COUNT = 3;

/** What the home page shows besides its own fields: the current campaign, the latest news, the sections. */
export interface HomeContent {
  /** The published campaign with the latest date: the hero leads with it. */
  readonly campaign: LocalizedDocument | undefined;
  /** The campaign's calls to action (pages), published in the reader's locale or a fallback. */
  readonly actions: readonly LocalizedDocument[];
  /** The newest statements and stories, newest first. */
  readonly latest: readonly LocalizedDocument[];
  /** The top sections: the home page's children that head the main menu, in the menu's order. */
  readonly sections: readonly LocalizedSummary[];
  /** The picture of each card, by document id: its own, or (a statement) its campaign's. */
  readonly cardImages: ReadonlyMap<string, string>;
}

/**
 * Reads the home page's content from the types it features. Campaigns, statements and stories
 * stay in the hundreds, so they are read by type and sorted here; the page is tagged with the
 * three types, so a new one published shows up.
 */
export async function loadHomeContent(
  reader: ContentReader,
  children: readonly LocalizedSummary[],
  menuIds: readonly string[],
  locale: LocaleCode,
  options: ReadOptions,
): Promise<HomeContent> {
  const [campaigns, statements, stories] = await Promise.all(
    ['campaign', 'statement', 'story'].map(async (type) => (await reader.listByType(type, locale, options)).filter((d) => d.path !== undefined)),
  );
  const campaign = [...campaigns!].sort((a, b) => dateOf(b).localeCompare(dateOf(a)))[0];
  const actions = campaign
    ? (await reader.findManyById(referenceIds(campaign.document.fields.actions), locale, options)).filter((a) => a.path !== undefined)
    : [];
  const latest = [...statements!, ...stories!].sort((a, b) => dateOf(b).localeCompare(dateOf(a))).slice(0, HOME_LATEST_COUNT);
  const sections = menuIds
    .map((id) => children.find((c) => c.document.id === id))
    .filter((c): c is LocalizedSummary => c !== undefined && c.document.type === 'page');

  const byId = new Map<string, ContentDocument>(campaigns!.map((c) => [c.document.id, c.document]));
  const cardImages = new Map<string, string>();
  for (const doc of [...latest.map((d) => d.document), ...sections.map((s) => s.document)]) {
    const own = imageOf(doc);
    const inherited = doc.parentId ? imageOf(byId.get(doc.parentId)) : undefined;
    const image = own ?? inherited;
    if (image) cardImages.set(doc.id, image);
  }
  return { campaign, actions, latest, sections, cardImages };
}

/** The day a document is about: a campaign's date, a statement's delivery, else when it was published. */
function dateOf(doc: LocalizedDocument): string {
  const { fields } = doc.document;
  const day = typeof fields.date === 'string' ? fields.date : typeof fields.deliveredAt === 'string' ? fields.deliveredAt : undefined;
  return day ?? doc.translation.publishedAt ?? doc.document.createdAt;
}

function imageOf(doc: ContentDocument | undefined): string | undefined {
  return typeof doc?.fields.image === 'string' && doc.fields.image !== '' ? doc.fields.image : undefined;
}

