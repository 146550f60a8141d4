// Deterministic "realistic" text for the bench: the same seed gives the same site on every database
// and in the Hugo copy, so every tool works on identical words.

const FR = (
  'le la les un une des et en dans pour avec sur par au aux du de ce cette ces plus tout tous être avoir faire ' +
  'pays région ville village école santé eau accès droit droits femmes enfants jeunes familles communauté ' +
  'programme projet partenaires organisation rapport année données résultats financement soutien formation ' +
  'travail emploi agriculture climat sécheresse inondation récolte marché prix revenu nutrition hôpital ' +
  'clinique vaccination éducation enseignants élèves filles garçons réfugiés déplacés frontière paix ' +
  'dialogue gouvernement ministère autorités locales bénévoles équipes terrain mission évaluation ' +
  'objectif stratégie politique mesure indicateur progrès défi risque crise urgence réponse reconstruction ' +
  'logement énergie solaire routes transport information radio téléphone réseau numérique bureau ' +
  'nouveau important durable local national international premier dernier grand petit meilleur ' +
  'aider renforcer améliorer protéger construire former soutenir mesurer réduire atteindre partager'
).split(' ');

const EN = (
  'the a an and in for with on by to of from this that these more all every be have make ' +
  'country region city village school health water access right rights women children young families community ' +
  'programme project partners organisation report year data results funding support training ' +
  'work employment agriculture climate drought flood harvest market price income nutrition hospital ' +
  'clinic vaccination education teachers pupils girls boys refugees displaced border peace ' +
  'dialogue government ministry local authorities volunteers teams field mission evaluation ' +
  'goal strategy policy measure indicator progress challenge risk crisis emergency response reconstruction ' +
  'housing energy solar roads transport information radio phone network digital office ' +
  'new important lasting local national international first last large small better ' +
  'help strengthen improve protect build train support measure reduce reach share'
).split(' ');

export type TextLocale = 'fr' | 'en';

/** mulberry32: small, fast and good enough to pick words. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function wordsFor(locale: TextLocale): readonly string[] {
  return locale === 'fr' ? FR : EN;
}

export function sentence(random: () => number, locale: TextLocale, min = 8, max = 20): string {
  const words = wordsFor(locale);
  const count = min + Math.floor(random() * (max - min + 1));
  const picked = Array.from({ length: count }, () => words[Math.floor(random() * words.length)]!);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(random: () => number, locale: TextLocale, sentences = 6): string {
  return Array.from({ length: sentences }, () => sentence(random, locale)).join(' ');
}

/** A long page: headings and paragraphs adding up to about `chars` characters of text. */
export interface PageText {
  readonly title: string;
  readonly summary: string;
  readonly blocks: readonly { readonly heading?: string; readonly text: string }[];
}

export function pageText(seed: number, locale: TextLocale, chars: number): PageText {
  const random = createRandom(seed);
  const title = sentence(random, locale, 3, 7).slice(0, -1);
  const summary = sentence(random, locale, 15, 25);
  const blocks: { heading?: string; text: string }[] = [];
  let size = 0;
  while (size < chars) {
    const heading = blocks.length % 4 === 0 ? sentence(random, locale, 3, 6).slice(0, -1) : undefined;
    const text = paragraph(random, locale);
    blocks.push(heading ? { heading, text } : { text });
    size += text.length + (heading?.length ?? 0);
  }
  return { title, summary, blocks };
}
