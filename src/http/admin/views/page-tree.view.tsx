import type { TreeNode } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';

/**
 * The page tree as nested lists: one compact row per page (title, type, a status chip per locale,
 * "Move…"), each section a <details> closed unless it is at the top or holds the current page. The rows carry what
 * the tree script needs (id, version, title); without it, "Move…" opens the move form.
 * A section's <details> follows its row; its summary is only the fold toggle.
 */
export function PageTreeList(props: { req: AdminRequest; nodes: readonly TreeNode[]; open: ReadonlySet<string>; mayEdit: boolean; currentId?: string | undefined; root?: boolean }) {
  const { req } = props;
  return (
    <ul class={props.root ? 'page-tree page-tree--root' : 'page-tree'}>
      {props.nodes.map((node) => {
        const id = node.document.id;
        const row = <TreeRow req={req} node={node} mayEdit={props.mayEdit} current={id === props.currentId} />;
        return (
          <li class="page-tree__node" id={`node-${id}`} data-id={id} data-version={String(node.document.version)} data-title={node.title}>
            <div class="page-tree__row">{row}</div>
            {node.children.length > 0 ? (
              // The summary holds only the toggle (links inside a summary are nested controls); CSS
              // puts it at the start of the row above.
              <details class="page-tree__section" open={props.root || props.open.has(id)}>
                <summary class="page-tree__toggle">
                  <span class="visually-hidden">{req.t('tree.toggle', { title: node.title, count: node.children.length })}</span>
                </summary>
                <PageTreeList req={req} nodes={node.children} open={props.open} mayEdit={props.mayEdit} currentId={props.currentId} />
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function TreeRow({ req, node, mayEdit, current }: { req: AdminRequest; node: TreeNode; mayEdit: boolean; current: boolean }) {
  const { t } = req;
  const id = node.document.id;
  return (
    <>
      <a class="page-tree__title" href={`/admin/documents/${id}`} lang={node.titleLocale} aria-current={current ? 'page' : undefined}>
        {node.title}
      </a>
      <span class="page-tree__type">{t(`type.${node.document.type}` as Parameters<typeof t>[0])}</span>
      <span class="page-tree__locales">
        {req.locales.allCodes.map((code) => (
          <StatusChip req={req} locale={code} status={node.statuses[code]} />
        ))}
      </span>
      {mayEdit ? (
        <a class="page-tree__move" href={`/admin/tree/${id}/move`} aria-label={t('tree.moveLinkLabel', { title: node.title })} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight">
          {t('tree.moveLink')}
        </a>
      ) : null}
    </>
  );
}

function StatusChip({ req, locale, status }: { req: AdminRequest; locale: LocaleCode; status: string | undefined }) {
  const { t } = req;
  const label = status ? t(`status.${status}` as Parameters<typeof t>[0]) : t('tree.missing');
  return (
    <span class={`page-tree__chip page-tree__chip--${status ?? 'missing'}`} title={`${locale.toUpperCase()} · ${label}`}>
      {locale.split('-')[0]!.toUpperCase()}
      <span class="visually-hidden">{` (${locale}) ${label}`}</span>
    </span>
  );
}

/** The ids of the pages above `currentId`, and itself: the sections to open. */
export function pathTo(nodes: readonly TreeNode[], currentId: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!currentId) return out;
  const walk = (list: readonly TreeNode[], trail: readonly string[]): boolean =>
    list.some((n) => {
      const here = [...trail, n.document.id];
      if (n.document.id === currentId) {
        here.forEach((id) => out.add(id));
        return true;
      }
      return walk(n.children, here);
    });
  walk(nodes, []);
  return out;
}

export interface FlatNode {
  readonly node: TreeNode;
  readonly depth: number;
  readonly parentId: string | null;
  readonly index: number;
}

/** The tree in reading order, each page with its depth, parent and place among its siblings. */
export function flattenTree(nodes: readonly TreeNode[], depth = 0, parentId: string | null = null): FlatNode[] {
  return nodes.flatMap((node, index) => [{ node, depth, parentId, index }, ...flattenTree(node.children, depth + 1, node.document.id)]);
}
