import type { FastifyReply } from 'fastify';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import {
  CONTENT_DOCUMENT_NOT_FOUND,
  CONTENT_INVALID,
  CONTENT_SLUG_TAKEN,
  CONTENT_VERSION_CONFLICT,
  type TreeNode,
} from '../../../modules/content/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, IdParams, PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import { sendNotFound } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';

/** The page tree: read it, reorder siblings, move a page under another (its old addresses redirect). */
const MoveForm = form({ expectedVersion: FormList, direction: FormList, parentId: FormList });

export function registerTreeRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/tree', { config: { access: 'content.read' }, schema: { response: PageResponses, querystring: query({ done: QueryText }) } }, async (request, reply) => {
    const done = request.query.done === 'moved';
    return sendTree(reply, 200, request.admin, deps, done ? { kind: 'success', key: 'tree.done.moved' } : undefined);
  });

  app.post('/admin/tree/:id/move', { config: { access: 'content.edit' }, schema: { response: PageResponses, params: IdParams, body: MoveForm } }, async (request, reply) => {
    const { id } = request.params;
    const body = request.body;
    const expectedVersion = Number(body.expectedVersion);
    const direction = body.direction === 'up' || body.direction === 'down' ? body.direction : undefined;
    const parentId = typeof body.parentId === 'string' ? body.parentId : undefined;
    const actor = actorOf(request.admin);
    const req = request.admin;
    if (!Number.isInteger(expectedVersion) || (direction === undefined && parentId === undefined) || id.length > 64) {
      return sendTree(reply, 400, req, deps, { kind: 'error', key: 'tree.error.input' });
    }
    try {
      if (direction) {
        await deps.content.tree.moveAmongSiblings({ id, expectedVersion, direction, actor });
      } else {
        await deps.content.tree.moveUnder({ id, expectedVersion, parentId: parentId || null, actor });
      }
      return reply.redirect(`/admin/tree?done=moved#node-${id}`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === CONTENT_DOCUMENT_NOT_FOUND) return sendNotFound(reply, req, deps);
      if (error.code === CONTENT_VERSION_CONFLICT) return sendTree(reply, 409, req, deps, { kind: 'error', key: 'tree.error.conflict' });
      if (error.code === CONTENT_SLUG_TAKEN) return sendTree(reply, 409, req, deps, { kind: 'error', key: 'tree.error.slugTaken' });
      if (error.code === CONTENT_INVALID) return sendTree(reply, 400, req, deps, { kind: 'error', key: 'tree.error.descendant' });
      throw error;
    }
  });
}

interface Notice {
  readonly kind: 'error' | 'success';
  readonly key: AdminMessageKey;
}

async function sendTree(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, notice?: Notice) {
  const tree = await deps.content.tree.getTree(req.locale);
  return sendAdminPage(reply, status, <TreePage req={req} deps={deps} tree={tree} notice={notice} />);
}

function TreePage(props: { req: AdminRequest; deps: AdminDeps; tree: readonly TreeNode[]; notice?: Notice }) {
  const { req } = props;
  const mayEdit = req.auth ? allows(userActor(req.auth.user), 'content.edit') : false;
  const all = flatten(props.tree, 0);
  return (
    <AdminLayout req={req} title={req.t('tree.title')} stylesheet={props.deps.stylesheet} current="/admin/tree">
      {props.notice ? <FormMessage kind={props.notice.kind}>{req.t(props.notice.key)}</FormMessage> : null}
      <p class="field__hint">{req.t('tree.intro')}</p>
      {props.tree.length === 0 ? <p>{req.t('tree.empty')}</p> : <TreeList nodes={props.tree} req={req} mayEdit={mayEdit} all={all} />}
    </AdminLayout>
  );
}

interface Flat {
  readonly node: TreeNode;
  readonly depth: number;
}

function TreeList(props: { nodes: readonly TreeNode[]; req: AdminRequest; mayEdit: boolean; all: readonly Flat[] }) {
  const { req } = props;
  const { t } = req;
  return (
    <ul class="page-tree">
      {props.nodes.map((node, index) => {
        const id = node.document.id;
        const excluded = new Set([id, ...flatten(node.children, 0).map((f) => f.node.document.id)]);
        const version = String(node.document.version);
        return (
          <li id={`node-${id}`}>
            <a href={`/admin/documents/${id}`} lang={node.titleLocale}>{node.title}</a>
            {props.mayEdit ? (
              <div class="page-tree__actions">
                {index > 0 ? (
                  <PostForm action={`/admin/tree/${id}/move`} csrfToken={req.csrfToken}>
                    <input type="hidden" name="expectedVersion" value={version} />
                    <button type="submit" name="direction" value="up" aria-label={t('tree.moveUpLabel', { title: node.title })}>{t('tree.moveUp')}</button>
                  </PostForm>
                ) : null}
                {index < props.nodes.length - 1 ? (
                  <PostForm action={`/admin/tree/${id}/move`} csrfToken={req.csrfToken}>
                    <input type="hidden" name="expectedVersion" value={version} />
                    <button type="submit" name="direction" value="down" aria-label={t('tree.moveDownLabel', { title: node.title })}>{t('tree.moveDown')}</button>
                  </PostForm>
                ) : null}
                <PostForm action={`/admin/tree/${id}/move`} csrfToken={req.csrfToken}>
                  <input type="hidden" name="expectedVersion" value={version} />
                  <label for={`parent-${id}`} class="visually-hidden">{t('tree.moveUnderLabel', { title: node.title })}</label>
                  <select id={`parent-${id}`} name="parentId">
                    <option value="">{t('tree.topLevel')}</option>
                    {props.all
                      .filter((f) => !excluded.has(f.node.document.id))
                      .map((f) => (
                        <option value={f.node.document.id} selected={f.node.document.id === node.document.parentId}>
                          {`${'— '.repeat(f.depth)}${f.node.title}`}
                        </option>
                      ))}
                  </select>
                  <button type="submit">{t('tree.moveUnder')}</button>
                </PostForm>
              </div>
            ) : null}
            {node.children.length > 0 ? <TreeList nodes={node.children} req={req} mayEdit={props.mayEdit} all={props.all} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

function flatten(nodes: readonly TreeNode[], depth: number): Flat[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);
}
