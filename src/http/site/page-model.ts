import {
  collectReferences,
  findContentType,
  referenceIds,
  type Alternate,
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
import type { FilesModule, StoredFile } from '../../modules/files/index.ts';
import type { FactUnit } from './format.ts';
import { loadCountries, loadCountryContent, type CountryContent, type CountryView } from './country-content.ts';
import { buildStoryList, type StoryFilter, type StoryListModel } from './story-list.ts';
import { buildStoryMedia, type StoryMedia } from './story-media.ts';
import { loadHomeContent, type HomeContent } from './home-content.ts';

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
  /** The dataset the figure comes from, by id (published or not), and its page when it has one. */
  readonly datasetId?: string | undefined;
  readonly dataset?: LinkTarget | undefined;
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
  /** Images placed in the body, by media id (a body whose images were not loaded shows none). */
  readonly images?: ReadonlyMap<string, ImageAsset>;
  /** Videos embedded in the body, by id. */
  readonly videos?: ReadonlyMap<string, VideoAsset>;
}

export interface OfficeNode {
  readonly office: LocalizedDocument;
  readonly head: LocalizedDocument | undefined;
  readonly units: readonly OfficeNode[];
}

export type { CountryView } from './country-content.ts';

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
  /**
   * A page inside a section: its section (the parent) and the parent's published children, this
   * page among them, for the side column. Undefined for sections, the home and other types.
   */
  readonly section: { readonly parent: LocalizedSummary; readonly pages: readonly LocalizedSummary[] } | undefined;
  readonly offices: readonly OfficeNode[];
  readonly countries: readonly CountryView[];
  /** A country page's stories and statements, tagged with the country. */
  readonly countryContent: CountryContent | undefined;
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
  /** A publication's PDF in each language it is published in, in the site's locale order. */
  readonly downloads: readonly PublicationDownload[];
  /** A campaign's stories, filtered and paged as the query asked. */
  readonly storyList: StoryListModel | undefined;
  /** A campaign's calls to action. */
  readonly actions: readonly LocalizedDocument[];
  /** The home page's campaign, latest statements and stories, and sections. */
  readonly home: HomeContent | undefined;
  /** What the page shows, as page-cache tags: a change to any of these evicts it. */
  readonly tags: readonly string[];
}

/** Where the page model finds media; the public site and previews pass the same libraries. */
export interface MediaLookup {
  readonly findImages: (ids: readonly string[]) => Promise<ImageAsset[]>;
  readonly findVideos: (ids: readonly string[]) => Promise<VideoAsset[]>;
  readonly findFiles: (ids: readonly string[]) => Promise<StoredFile[]>;
}

/** One language's edition of a publication: its PDF as stored, in a published translation. */
export interface PublicationDownload {
  readonly locale: LocaleCode;
  readonly file: StoredFile;
  /** The name it downloads under: the translation's slug (the uploader's file name is never shown to visitors). */
  readonly downloadName: string;
}

export function mediaLookup(deps: { readonly media: MediaModule; readonly video: VideoModule; readonly files: FilesModule }): MediaLookup {
  return { findImages: (ids) => deps.media.findImages(ids), findVideos: (ids) => deps.video.findVideos(ids), findFiles: (ids) => deps.files.findFiles(ids) };
}

/** The PDFs of a publication's published translations; a translation without one offers none. */
async function loadDownloads(reader: ContentReader, documentId: string, lookup: MediaLookup): Promise<PublicationDownload[]> {
  const translations = (await reader.listPublishedTranslations([documentId])).filter((t) => typeof t.fields.pdf === 'string');
  const files = new Map((await lookup.findFiles(translations.map((t) => String(t.fields.pdf)))).map((f) => [f.id, f]));
  return translations.flatMap((t) => {
    const file = files.get(String(t.fields.pdf));
    return file ? [{ locale: t.locale, file, downloadName: `${t.slug}.${file.type}` }] : [];
  });
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
  const section = await loadSection(reader, doc, breadcrumbs, locale, options);
  const listing = doc.type === 'page' ? fields.listing : undefined;
  const factIds = referenceIds(fields.facts);
  if (listing === 'facts' && factIds.length === 0) {
    factIds.push(...(await reader.listDocumentsByType('fact')).map((d) => d.id));
  }
  const offices = listing === 'offices' || doc.type === 'office' ? await loadOffices(reader, locale, options) : [];

  const stories = doc.type === 'campaign' || listing === 'stories' ? children.filter((c) => c.document.type === 'story') : [];
  const countryContent = doc.type === 'country' ? await loadCountryContent(reader, doc, locale, options) : undefined;
  const related = await reader.findManyById(referenceIds(doc.type === 'campaign' ? fields.featuredStories : fields.related), locale, options);
  const actions = doc.type === 'campaign' ? (await reader.findManyById(referenceIds(fields.actions), locale, options)).filter((a) => a.path !== undefined) : [];
  const storyTranslations = doc.type === 'campaign' || doc.type === 'story' ? await reader.listPublishedTranslations([doc.id, ...stories.map((s) => s.document.id)]) : [];
  const [video] = doc.type === 'story' && typeof fields.video === 'string' ? await lookup.findVideos([fields.video]) : [];
  const head = await one(fields.head);
  const home = doc.parentId === null ? await loadHomeContent(reader, children, menu.map((m) => m.documentId), locale, options) : undefined;
  const downloads = doc.type === 'publication' ? await loadDownloads(reader, doc.id, lookup) : [];
  const imageIds = [doc, ...[...stories, ...related, ...(countryContent?.stories ?? []), ...(home?.campaign ? [home.campaign] : [])].map((s) => s.document)]
    .map((d) => d.fields.image)
    // The portraits of the people the page shows: its head, and the heads in its organisation chart.
    .concat([head, ...offices.map((o) => o.head)].map((p) => p?.document.fields.portrait))
    .filter((id): id is string => typeof id === 'string')
    .concat([...(home?.cardImages.values() ?? [])])
    // The pictures placed in the body.
    .concat(collectReferences(page.translation.body).imageIds);
  const tags = new Set<string>([`doc:${doc.id}`, `children:${doc.id}`, 'menus']);
  const tagDocs = (ids: Iterable<string>) => {
    for (const id of ids) tags.add(`doc:${id}`);
  };
  // Ancestors by id, published or not: publishing one changes this page's breadcrumbs.
  tagDocs(ancestors.map((a) => a.id));
  tagDocs(children.map((c) => c.document.id));
  // A page published, renamed or moved in the same section changes the side column.
  if (section) {
    tags.add(`children:${section.parent.document.id}`);
    tagDocs(section.pages.map((p) => p.document.id));
  }
  // Everything the page refers to, found or not: a reference published later appears here.
  const type = findContentType(doc.type);
  for (const def of type?.sharedFields ?? []) {
    if (def.kind === 'reference' || def.kind === 'references') tagDocs(referenceIds(Array.isArray(fields[def.name]) ? fields[def.name] : [fields[def.name]]));
    if (def.kind === 'image' && typeof fields[def.name] === 'string') tags.add(`image:${fields[def.name]}`);
    if (def.kind === 'video' && typeof fields[def.name] === 'string') tags.add(`video:${fields[def.name]}`);
  }
  const refs = collectReferences(page.translation.body);
  tagDocs(refs.factIds);
  tagDocs(refs.documentIds);
  for (const id of refs.videoIds) tags.add(`video:${id}`);
  if (listing === 'facts') tags.add('type:fact');
  if (offices.length > 0) tags.add('type:office').add('type:person');
  if (listing === 'countries') tags.add('type:country');
  // A story or statement tagged with the country later appears on its page.
  if (countryContent) tags.add('type:story').add('type:statement');
  // The home page leads with the newest campaign and lists the newest statements and stories.
  if (home) tags.add('type:campaign').add('type:story').add('type:statement');
  tagDocs(home?.actions.map((a) => a.document.id) ?? []);
  for (const id of imageIds) tags.add(`image:${id}`);

  const [textRefs, pageFacts, images, bodyVideos] = await Promise.all([
    loadReferences(reader, [page.translation.body], locale, options),
    loadFacts(reader, factIds, locale, options),
    lookup.findImages(imageIds),
    refs.videoIds.length > 0 ? lookup.findVideos(refs.videoIds) : [],
  ]);
  const imageMap = new Map(images.map((image) => [image.id, image]));
  const pageRefs: References = { ...textRefs, images: imageMap, videos: new Map(bodyVideos.map((v) => [v.id, v])) };
  // A figure links to its dataset's page: renaming or publishing the dataset changes this page.
  tagDocs([...pageFacts, ...pageRefs.facts.values()].flatMap((f) => (f.datasetId ? [f.datasetId] : [])));

  const model: PageModel = {
    locale,
    page,
    menu,
    breadcrumbs,
    alternates,
    refs: pageRefs,
    facts: pageFacts,
    children: children.filter((c) => c.path !== undefined),
    section,
    offices: listing === 'offices' ? officeTree(offices, undefined) : doc.type === 'office' ? officeTree(offices, doc.id) : [],
    countries: listing === 'countries' ? await loadCountries(reader, locale, options) : [],
    countryContent,
    head,
    parentOffice: await one(fields.reportsTo),
    speaker: await one(fields.speaker),
    statement: await one(fields.statement),
    stories,
    campaign: doc.type === 'story' || doc.type === 'statement' ? await one(doc.parentId) : undefined,
    images: imageMap,
    media: video ? buildStoryMedia(doc, locale, page.translation, video, storyTranslations.filter((t) => t.documentId === doc.id)) : undefined,
    related: related.filter((r) => r.path !== undefined),
    downloads,
    storyList: doc.type === 'campaign' ? buildStoryList(stories.filter((s) => s.path !== undefined), storyTranslations, storyFilter) : undefined,
    actions,
    home,
    tags: [...tags],
  };
  return model;
}

/**
 * The section a page sits in, below the home's own sections: a page of the tree, not a section's page
 * itself. The map and the organisational chart need the page's whole width, so their pages have none.
 */
async function loadSection(
  reader: ContentReader,
  doc: LocalizedDocument['document'],
  breadcrumbs: readonly LocalizedSummary[],
  locale: LocaleCode,
  options: ReadOptions,
): Promise<PageModel['section']> {
  const parent = breadcrumbs.at(-1);
  if (doc.type !== 'page' || breadcrumbs.length < 2 || parent?.path === undefined) return undefined;
  if (doc.fields.listing === 'offices' || doc.fields.listing === 'countries') return undefined;
  const pages = (await reader.listChildren(parent.document.id, locale, options)).filter((p) => p.path !== undefined && p.document.type === 'page');
  return pages.length > 1 ? { parent, pages } : undefined;
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
  const datasetIds = docs.map((d) => d.document.fields.dataset).filter((id): id is string => typeof id === 'string');
  const datasets = new Map<string, LinkTarget>();
  for (const d of datasetIds.length > 0 ? await reader.findManyById(datasetIds, locale, options) : []) {
    if (d.path !== undefined) datasets.set(d.document.id, { path: d.path, title: d.translation.title, locale: d.translation.locale });
  }
  return docs.map(({ document, translation }) => ({
    id: document.id,
    label: translation.title,
    labelLocale: translation.locale,
    value: Number(document.fields.value),
    unit: document.fields.unit as FactUnit,
    asOf: String(document.fields.asOf ?? ''),
    source: String(translation.fields.source ?? ''),
    sourceUrl: String(document.fields.sourceUrl ?? ''),
    datasetId: typeof document.fields.dataset === 'string' ? document.fields.dataset : undefined,
    dataset: typeof document.fields.dataset === 'string' ? datasets.get(document.fields.dataset) : undefined,
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

