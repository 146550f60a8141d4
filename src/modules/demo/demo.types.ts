/**
 * The demo organisation as plain data, loaded once through the content service on a fresh site.
 *
 * Bodies use a compact markup that load-demo.ts turns into rich text:
 * - each string of `body` is one block: "## Title" (h2), "### Title" (h3), "> text" (quote),
 *   lines that all start with "- " (bullet list), anything else a paragraph;
 * - inline: **bold**, *italic*, [label](doc:KEY) (link to a demo document), [label](https://…),
 *   {fact:KEY} (the fact's value, formatted for the page's locale).
 */
export interface DemoSite {
  readonly documents: readonly DemoDocument[];
  /** The main menu: top-level entries with their children, by document key. */
  readonly menu: readonly DemoMenuItem[];
}

export interface DemoMenuItem {
  readonly doc: string;
  readonly children?: readonly DemoMenuItem[];
}

export interface DemoDocument {
  /** Stable handle inside the demo data; never shown or stored. */
  readonly key: string;
  readonly type: 'page' | 'person' | 'office' | 'statement' | 'campaign' | 'story' | 'country' | 'fact' | 'dataset' | 'publication';
  /** Key of the parent document (pages form a tree; the home page has none). */
  readonly parent?: string;
  /** Language-neutral fields; references to other documents are given by key. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** By locale tag; zh-Hans and ru are added to the site by the loader (issue 10). */
  readonly translations: Partial<Readonly<Record<string, DemoTranslation>>>;
  /** A clip ffmpeg draws for the story (no download), when the loader is given a way to store videos. */
  readonly video?: DemoClip;
  /** Consent of each person in a story, recorded before it is published. */
  readonly consent?: readonly { readonly person: string; readonly channels: readonly string[] }[];
}

export interface DemoClip {
  readonly seconds: number;
  readonly label: string;
  readonly hue: number;
  readonly frequency: number;
  /** The illustration (a key of DEMO_IMAGES) the clip is drawn from, instead of a test pattern. */
  readonly picture?: string;
  /** A caption track whose lines a voice speaks at their times, in espeak-ng's `voice`. */
  readonly narration?: { readonly voice: string; readonly captions: string };
}

export interface DemoTranslation {
  /** URL segment: lowercase ASCII letters, digits and hyphens ("" for the home page only). */
  readonly slug: string;
  readonly title: string;
  readonly summary?: string;
  readonly body?: readonly string[];
  /** Translatable fields declared by the content type (hashtag, speakerRole, …). */
  readonly fields?: Readonly<Record<string, string>>;
  /** A dataset's category names in this locale, by key (stored as its `labels` field). */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Alt text in this locale for the document's pictures, by image field (`portrait`): stored on the image,
   * not the translation. A story's `image` is still described by its translatable `imageAlt` field.
   */
  readonly alt?: Readonly<Record<string, string>>;
  /** A publication's PDF in this locale: paragraphs the loader writes into a one-page PDF (demo-pdf.ts). */
  readonly pdf?: readonly string[];
}
