import {
  collectReferences,
  findContentType,
  type Alternate,
  type ContentDocument,
  type ContentReader,
  type LocalizedDocument,
  type LocalizedSummary,
  type MenuEntry,
  type ReadOptions,
  type RichTextDoc,
} from '../../modules/content/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';
import type { ImageAsset, MediaModule } from '../../modules/media/index.ts';
import type { VideoAsset, VideoModule } from '../../modules/video/index.ts';
import type { FactUnit } from './format.ts';
import { buildStoryList, type StoryFilter, type StoryListModel } from './story-list.ts';
import { buildStoryMedia, type StoryMedia } from './story-media.ts';

/** A key figure ready to show: value, unit, date and source in the reader's locale. */
export interface FactView {
  readonly id: string;
  readonly label: string;
  readonly labelLocale: LocaleCode;
  readonly value: number;
  readonly unit: FactUnit;
  readonly asOf: string;
  readonly source: string;
  readonly sourceUrl: string;
}

export interface LinkTarget {
  readonly path: string;
  readonly title: string;
  readonly locale: LocaleCode;
}

/** What rich text needs to render facts and internal links. */
export interface References {
  readonly facts: ReadonlyMap<string, FactView>;
  readonly links: ReadonlyMap<string, LinkTarget>;
}

export interface OfficeNode {
  readonly office: LocalizedDocument;
  readonly head: LocalizedDocument | undefined;
  readonly units: readonly OfficeNode[];
}

export interface CountryView {
  readonly code: string;
  readonly region: string;
  readonly presenceSince: number | undefined;
}

/** Everything one public page shows, gathered before rendering so views stay pure. */
export interface PageModel {
  readonly locale: LocaleCode;
  readonly page: LocalizedDocument;
  readonly menu: readonly MenuEntry[];
  readonly breadcrumbs: readonly LocalizedSummary[];
  readonly alternates: readonly Alternate[];
  readonly refs: References;
  readonly facts: readonly FactView[];
  readonly children: readonly LocalizedSummary[];
  readonly offices: readonly OfficeNode[];
  readonly countries: readonly CountryView[];
  readonly head: LocalizedDocument | undefined;
  readonly parentOffice: LocalizedDocument | undefined;
  readonly speaker: LocalizedDocument | undefined;
  readonly statement: LocalizedDocument | undefined;
  readonly stories: readonly LocalizedSummary[];
  readonly campaign: LocalizedDocument | undefined;
  /** Images shown on the page (its own and its cards'), by id. */
  readonly images: ReadonlyMap<string, ImageAsset>;
  /** A story's video, tracks and transcript. */
  readonly media: StoryMedia | undefined;
  /** A story's related stories; a campaign's featured ones. */
  readonly related: readonly LocalizedDocument[];
  /** A campaign's stories, filtered and paged as the query asked. */
  readonly storyList: StoryListModel | undefined;
  /** A campaign's calls to action. */
  readonly actions: readonly LocalizedDocument[];
  /** What the page shows, as page-cache tags: a change to any of these evicts it. */
  readonly tags: readonly string[];
}

/** Where the page model finds media; the public site and previews pass the same libraries. */
export interface MediaLookup {
  readonly findImages: (ids: readonly string[]) => Promise<ImageAsset[]>;
  readonly findVideos: (ids: readonly string[]) => Promise<VideoAsset[]>;
}

export function mediaLookup(deps: { readonly media: MediaModule; readonly video: VideoModule }): MediaLookup {
  return { findImages: (ids) => deps.media.findImages(ids), findVideos: (ids) => deps.video.findVideos(ids) };
}

export async function buildPageModel(
  reader: ContentReader,
  page: LocalizedDocument,
  options: ReadOptions,
  lookup: MediaLookup,
  storyFilter: StoryFilter = { page: 1 },
): Promise<PageModel> {
  const { locale } = page;
  const doc = page.document;
  const fields = doc.fields;
  const one = async (id: unknown) => (typeof id === 'string' ? reader.findById(id, locale, options) : undefined);

  const [menu, ancestors, alternates, children] = await Promise.all([
    reader.getMenu('main', locale, options),
    reader.listAncestorChain(doc),
    reader.listAlternates(doc.id, options),
    reader.listChildren(doc.id, locale, options),
  ]);

  const breadcrumbs = await reader.localizeSummaries(ancestors, locale, options);
  const listing = doc.type === 'page' ? fields.listing : undefined;
  const factIds = idList(fields.facts);
  if (listing === 'facts' && factIds.length === 0) {
    factIds.push(...(await reader.listDocumentsByType('fact')).map((d) => d.id));
  }
  const offices = listing === 'offices' || doc.type === 'office' ? await loadOffices(reader, locale, options) : [];

  const stories = doc.type === 'campaign' || listing === 'stories' ? children.filter((c) => c.document.type === 'story') : [];
  const related = await reader.findManyById(idList(doc.type === 'campaign' ? fields.featuredStories : fields.related), locale, options);
  const actions = doc.type === 'campaign' ? (await reader.findManyById(idList(fields.actions), locale, options)).filter((a) => a.path !== undefined) : [];
  const storyTranslations = doc.type === 'campaign' || doc.type === 'story' ? await reader.listPublishedTranslations([doc.id, ...stories.map((s) => s.document.id)]) : [];
  const [video] = doc.type === 'story' && typeof fields.video === 'string' ? await lookup.findVideos([fields.video]) : [];
  const imageIds = [doc, ...stories.map((s) => s.document), ...related.map((s) => s.document)]
    .map((d) => d.fields.image)
    .filter((id): id is string => typeof id === 'string');
  const tags = new Set<string>([`doc:${doc.id}`, `children:${doc.id}`, 'menus']);
  const tagDocs = (ids: Iterable<string>) => {
    for (const id of ids) tags.add(`doc:${id}`);
  };
  // Ancestors by id, published or not: publishing one changes this page's breadcrumbs.
  tagDocs(ancestors.map((a) => a.id));
  tagDocs(children.map((c) => c.document.id));
  // Everything the page refers to, found or not: a reference published later appears here.
  const type = findContentType(doc.type);
  for (const def of type?.sharedFields ?? []) {
    if (def.kind === 'reference' || def.kind === 'references') tagDocs(idList(Array.isArray(fields[def.name]) ? fields[def.name] : [fields[def.name]]));
    if (def.kind === 'image' && typeof fields[def.name] === 'string') tags.add(`image:${fields[def.name]}`);
    if (def.kind === 'video' && typeof fields[def.name] === 'string') tags.add(`video:${fields[def.name]}`);
  }
  const refs = collectReferences(page.translation.body);
  tagDocs(refs.factIds);
  tagDocs(refs.documentIds);
  if (listing === 'facts') tags.add('type:fact');
  if (offices.length > 0) tags.add('type:office').add('type:person');
  if (listing === 'countries') tags.add('type:country');
  for (const id of imageIds) tags.add(`image:${id}`);

  const model: PageModel = {
    locale,
    page,
    menu,
    breadcrumbs,
    alternates,
    refs: await loadReferences(reader, [page.translation.body], locale, options),
    facts: await loadFacts(reader, factIds, locale, options),
    children: children.filter((c) => c.path !== undefined),
    offices: listing === 'offices' ? officeTree(offices, undefined) : doc.type === 'office' ? officeTree(offices, doc.id) : [],
    countries: listing === 'countries' ? await loadCountries(reader) : [],
    head: await one(fields.head),
    parentOffice: await one(fields.reportsTo),
    speaker: await one(fields.speaker),
    statement: await one(fields.statement),
    stories,
    campaign: doc.type === 'story' || doc.type === 'statement' ? await one(doc.parentId) : undefined,
    images: new Map((await lookup.findImages(imageIds)).map((image) => [image.id, image])),
    media: video ? buildStoryMedia(doc, locale, page.translation, video, storyTranslations.filter((t) => t.documentId === doc.id)) : undefined,
    related: related.filter((r) => r.path !== undefined),
    storyList: doc.type === 'campaign' ? buildStoryList(stories.filter((s) => s.path !== undefined), storyTranslations, storyFilter) : undefined,
    actions,
    tags: [...tags],
  };
  return model;
}

export async function loadReferences(
  reader: ContentReader,
  bodies: readonly RichTextDoc[],
  locale: LocaleCode,
  options: ReadOptions,
): Promise<References> {
  const factIds = new Set<string>();
  const docIds = new Set<string>();
  for (const body of bodies) {
    const refs = collectReferences(body);
    refs.factIds.forEach((id) => factIds.add(id));
    refs.documentIds.forEach((id) => docIds.add(id));
  }
  const [facts, linked] = await Promise.all([
    loadFacts(reader, [...factIds], locale, options),
    reader.findManyById([...docIds], locale, options),
  ]);
  const links = new Map<string, LinkTarget>();
  for (const d of linked) {
    if (d.path !== undefined) links.set(d.document.id, { path: d.path, title: d.translation.title, locale: d.translation.locale });
  }
  return { facts: new Map(facts.map((f) => [f.id, f])), links };
}

export async function loadFacts(
  reader: ContentReader,
  ids: readonly string[],
  locale: LocaleCode,
  options: ReadOptions,
): Promise<FactView[]> {
  const docs = await reader.findManyById(ids, locale, options);
  return docs.map(({ document, translation }) => ({
    id: document.id,
    label: translation.title,
    labelLocale: translation.locale,
    value: Number(document.fields.value),
    unit: document.fields.unit as FactUnit,
    asOf: String(document.fields.asOf ?? ''),
    source: String(translation.fields.source ?? ''),
    sourceUrl: String(document.fields.sourceUrl ?? ''),
  }));
}

interface OfficeEntry {
  readonly office: LocalizedDocument;
  readonly head: LocalizedDocument | undefined;
}

async function loadOffices(reader: ContentReader, locale: LocaleCode, options: ReadOptions): Promise<OfficeEntry[]> {
  const offices = await reader.listByType('office', locale, options);
  const headIds = offices.map((o) => o.document.fields.head).filter((h): h is string => typeof h === 'string');
  const heads = new Map((await reader.findManyById(headIds, locale, options)).map((p) => [p.document.id, p]));
  return offices.map((office) => ({ office, head: heads.get(String(office.document.fields.head)) }));
}

/** Offices reporting to `rootId` (or the top of the chart), each with its own units. */
function officeTree(entries: readonly OfficeEntry[], rootId: string | undefined): OfficeNode[] {
  const build = (parentId: string | undefined, depth: number): OfficeNode[] =>
    depth > 10
      ? []
      : entries
          .filter((e) => (e.office.document.fields.reportsTo ?? undefined) === parentId)
          .map((e) => ({ ...e, units: build(e.office.document.id, depth + 1) }));
  return build(rootId, 0);
}

async function loadCountries(reader: ContentReader): Promise<CountryView[]> {
  const docs: ContentDocument[] = await reader.listDocumentsByType('country');
  return docs.map((d) => ({
    code: String(d.fields.code),
    region: String(d.fields.region),
    presenceSince: typeof d.fields.presenceSince === 'number' ? d.fields.presenceSince : undefined,
  }));
}

function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
