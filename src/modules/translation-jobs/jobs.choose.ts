import type { ContentService, ContentTreeService, TreeNode } from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';

/**
 * The ways a job's documents are chosen besides one by one: a section with its subtree, and what
 * a locale misses or has let fall behind its source (content's translation states).
 */
export function createDocumentChoices({ content, tree }: { content: ContentService; tree: ContentTreeService }) {
  /** A section and every document under it, in tree order (the page tree's routable documents). */
  async function sectionDocuments(sectionId: string, locale: LocaleCode): Promise<string[]> {
    const found = findNode(await tree.getTree(locale), sectionId);
    if (!found) return [];
    const out: string[] = [];
    const walk = (node: TreeNode) => {
      out.push(node.document.id);
      node.children.forEach(walk);
    };
    walk(found);
    return out;
  }

  /**
   * Documents whose `target` translation is missing or outdated against a `source` that is the
   * document's own source text; within a section's subtree when one is given.
   */
  async function documentsNeeding(input: { sourceLocale: LocaleCode; targetLocale: LocaleCode; sectionId?: string; states?: readonly ('missing' | 'outdated')[] }): Promise<string[]> {
    const wanted = new Set(input.states ?? ['missing', 'outdated']);
    const rows = await content.listTranslationRows();
    const within = input.sectionId ? new Set(await sectionDocuments(input.sectionId, input.sourceLocale)) : undefined;
    return rows
      .filter((r) => r.states[input.sourceLocale] === 'source' && wanted.has(r.states[input.targetLocale] as 'missing' | 'outdated'))
      .filter((r) => !within || within.has(r.documentId))
      .map((r) => r.documentId);
  }

  return { sectionDocuments, documentsNeeding };
}

function findNode(nodes: readonly TreeNode[], id: string): TreeNode | undefined {
  for (const node of nodes) {
    if (node.document.id === id) return node;
    const inner = findNode(node.children, id);
    if (inner) return inner;
  }
  return undefined;
}
