import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import {
  CONTENT_DOCUMENT_NOT_FOUND,
  CONTENT_INVALID,
  CONTENT_SLUG_TAKEN,
  CONTENT_VERSION_CONFLICT,
  type MoveResult,
  type MoveUndo,
  type TreeNode,
} from '../../../modules/content/index.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, FormText, IdParams, PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import { sendNotFound } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { flattenTree, pathTo, PageTreeList } from '../views/page-tree.view.tsx';

/** The page tree: read it, move a page anywhere (form, drag and drop, keyboard), undo the last move. */
const MoveForm = form({ expectedVersion: FormList, direction: FormList, parentId: FormList, position: FormList });
const UndoForm = form({ id: FormText, version: FormText, parentId: FormText, index: FormText });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const JsonUndo = Type.Object({ id: Id, version: Type.Integer({ minimum: 0 }), parentId: Type.Union([Id, Type.Null()]), index: Type.Integer({ minimum: 0, maximum: 100_000 }) });
const JsonMove = Type.Object({ _csrf: Type.String({ maxLength: 200 }), id: Id, expectedVersion: Type.Integer({ minimum: 0 }), parentId: Type.Union([Id, Type.Null()]), index: Type.Integer({ minimum: 0, maximum: 100_000 }) });
const JsonUndoBody = Type.Object({ _csrf: Type.String({ maxLength: 200 }), undo: JsonUndo });
const JsonAnswer = Type.Object({
  ok: Type.Boolean(),
  message: Type.String(),
  id: Type.Optional(Type.String()),
  parentId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  index: Type.Optional(Type.Integer()),
  undo: Type.Optional(JsonUndo),
});
const JsonResponses = { '2xx': JsonAnswer, '4xx': Type.Union([JsonAnswer, Type.String({ contentMediaType: 'text/html' })]) };

export function registerTreeRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/tree', { config: { access: 'content.read' }, schema: { response: PageResponses, querystring: query({ done: QueryText, current: QueryText, undo: QueryText }) } }, async (request, reply) => {
    const { done, current, undo } = request.query;
    const notice: Notice | undefined = done === 'moved' ? { kind: 'success', key: 'tree.done.moved' } : done === 'undone' ? { kind: 'success', key: 'tree.done.undone' } : undefined;
    return sendTree(reply, 200, request.admin, deps, notice, { currentId: current?.slice(0, 64), undo: done === 'moved' ? parseUndo(undo) : undefined });
  });

  app.get('/admin/tree/:id/move', { config: { access: 'content.edit' }, schema: { response: PageResponses, params: IdParams } }, async (request, reply) => {
    const req = request.admin;
    const tree = await deps.content.tree.getTree(req.locale);
    const flat = flattenTree(tree);
    const here = flat.find((f) => f.node.document.id === request.params.id);
    if (!here) return sendNotFound(reply, req, deps);
    return sendAdminPage(reply, 200, <MovePage req={req} deps={deps} tree={tree} id={request.params.id} />);
  });

  app.post('/admin/tree/:id/move', { config: { access: 'content.edit' }, schema: { response: PageResponses, params: IdParams, body: MoveForm } }, async (request, reply) => {
    const { id } = request.params;
    const body = request.body;
    const expectedVersion = Number(body.expectedVersion);
    const direction = body.direction === 'up' || body.direction === 'down' ? body.direction : undefined;
    const parentId = typeof body.parentId === 'string' ? body.parentId : undefined;
    const position = typeof body.position === 'string' && body.position.trim() !== '' ? Number(body.position) : undefined;
    const actor = actorOf(request.admin);
    const req = request.admin;
    if (!Number.isInteger(expectedVersion) || (direction === undefined && parentId === undefined) || id.length > 64 || (position !== undefined && !(Number.isInteger(position) && position >= 1))) {
      return sendTree(reply, 400, req, deps, { kind: 'error', key: 'tree.error.input' });
    }
    try {
      const result = direction
        ? await deps.content.tree.moveAmongSiblings({ id, expectedVersion, direction, actor })
        : await deps.content.tree.moveTo({ id, expectedVersion, parentId: parentId || null, index: position === undefined ? 100_000 : position - 1, actor });
      const undo = result.undo ? `&undo=${encodeURIComponent(formatUndo(result.undo))}` : '';
      return reply.redirect(`/admin/tree?done=moved&current=${encodeURIComponent(id)}${undo}#node-${id}`, 303);
    } catch (error) {
      const key = moveErrorKey(error);
      if (key === 'notFound') return sendNotFound(reply, req, deps);
      return sendTree(reply, key === 'tree.error.conflict' || key === 'tree.error.slugTaken' ? 409 : 400, req, deps, { kind: 'error', key }, { currentId: id });
    }
  });

  app.post('/admin/tree/undo', { config: { access: 'content.edit' }, schema: { response: PageResponses, body: UndoForm } }, async (request, reply) => {
    const req = request.admin;
    const { id, version, parentId, index } = request.body;
    const undo = parseUndo(`${id ?? ''}~${version ?? ''}~${parentId ?? ''}~${index ?? ''}`);
    if (!undo) return sendTree(reply, 400, req, deps, { kind: 'error', key: 'tree.error.input' });
    try {
      await deps.content.tree.undoMove({ undo, actor: actorOf(req) });
      return reply.redirect(`/admin/tree?done=undone&current=${encodeURIComponent(undo.id)}#node-${undo.id}`, 303);
    } catch (error) {
      const key = moveErrorKey(error);
      if (key === 'notFound') return sendNotFound(reply, req, deps);
      return sendTree(reply, 409, req, deps, { kind: 'error', key: key === 'tree.error.conflict' ? 'tree.error.undoConflict' : key }, { currentId: undo.id });
    }
  });

  // The tree script's doors to the same operations: JSON in and out, the form token in the body.
  app.post('/admin/tree/moves', { config: { access: 'content.edit' }, schema: { response: JsonResponses, body: JsonMove } }, async (request, reply) => {
    const { id, expectedVersion, parentId, index } = request.body;
    return answerJson(reply, request.admin, () => deps.content.tree.moveTo({ id, expectedVersion, parentId, index, actor: actorOf(request.admin) }), 'tree.error.conflict', id);
  });

  app.post('/admin/tree/moves/undo', { config: { access: 'content.edit' }, schema: { response: JsonResponses, body: JsonUndoBody } }, async (request, reply) => {
    const { undo } = request.body;
    return answerJson(reply, request.admin, () => deps.content.tree.undoMove({ undo, actor: actorOf(request.admin) }), 'tree.error.undoConflict', undo.id);
  });
}

interface Notice {
  readonly kind: 'error' | 'success';
  readonly key: AdminMessageKey;
}

async function answerJson(reply: FastifyReply, req: AdminRequest, run: () => Promise<MoveResult>, conflictKey: AdminMessageKey, id: string) {
  try {
    const result = await run();
    return reply.code(200).send({ ok: true, message: req.t('tree.done.moved'), id, parentId: result.parentId, index: result.index, ...(result.undo ? { undo: result.undo } : {}) });
  } catch (error) {
    const key = moveErrorKey(error);
    if (key === 'notFound') return reply.code(404).send({ ok: false, message: req.t('error.notFound'), id });
    const status = key === 'tree.error.descendant' ? 400 : key === 'tree.error.forbidden' ? 403 : 409;
    return reply.code(status).send({ ok: false, message: req.t(key === 'tree.error.conflict' ? conflictKey : key), id });
  }
}

/** The message for an expected refusal of a move; anything else is rethrown. */
function moveErrorKey(error: unknown): AdminMessageKey | 'notFound' {
  if (!isAppError(error)) throw error;
  if (error.code === CONTENT_DOCUMENT_NOT_FOUND) return 'notFound';
  if (error.code === CONTENT_VERSION_CONFLICT) return 'tree.error.conflict';
  if (error.code === CONTENT_SLUG_TAKEN) return 'tree.error.slugTaken';
  if (error.code === CONTENT_INVALID) return 'tree.error.descendant';
  if (error.code === POLICY_FORBIDDEN) return 'tree.error.forbidden';
  throw error;
}

/** An undo travels in the address after a form move: id~version~parent~index (no parent: the top level). */
function formatUndo(undo: MoveUndo): string {
  return `${undo.id}~${undo.version}~${undo.parentId ?? ''}~${undo.index}`;
}

function parseUndo(text: string | undefined): MoveUndo | undefined {
  const parts = (text ?? '').split('~');
  if (parts.length !== 4) return undefined;
  const [id = '', version, parentId = '', index] = parts;
  const v = Number(version);
  const i = Number(index);
  if (!id || id.length > 64 || parentId.length > 64 || !Number.isInteger(v) || v < 1 || !Number.isInteger(i) || i < 0 || i > 100_000) return undefined;
  return { id, version: v, parentId: parentId || null, index: i };
}

async function sendTree(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, notice?: Notice, options: { currentId?: string | undefined; undo?: MoveUndo | undefined } = {}) {
  const tree = await deps.content.tree.getTree(req.locale);
  return sendAdminPage(reply, status, <TreePage req={req} deps={deps} tree={tree} notice={notice} currentId={options.currentId} undo={options.undo} />);
}

function TreePage(props: { req: AdminRequest; deps: AdminDeps; tree: readonly TreeNode[]; notice?: Notice | undefined; currentId?: string | undefined; undo?: MoveUndo | undefined }) {
  const { req } = props;
  const { t } = req;
  const mayEdit = req.auth ? allows(userActor(req.auth.user), 'content.edit') : false;
  // Templates for the script: the placeholders stay for it to fill in.
  const tpl = (key: AdminMessageKey, ...names: string[]) => t(key, Object.fromEntries(names.map((n) => [n, `{${n}}`])));
  const messages = {
    moved: tpl('tree.announce.moved', 'title', 'parent', 'position'),
    movedTop: tpl('tree.announce.movedTop', 'title', 'position'),
    undone: t('tree.done.undone'),
    undo: t('tree.undo'),
    cannot: tpl('tree.announce.cannot', 'title'),
    failed: t('tree.error.network'),
    dialogTitle: tpl('tree.dialog.title', 'title'),
    search: t('tree.dialog.search'),
    parent: t('tree.dialog.parent'),
    position: t('tree.dialog.position'),
    first: t('tree.dialog.first'),
    after: tpl('tree.dialog.after', 'title'),
    move: t('tree.move'),
    cancel: t('tree.dialog.cancel'),
    topLevel: t('tree.topLevel'),
    dropInside: tpl('tree.dropInside', 'title'),
  };
  return (
    <AdminLayout req={req} title={t('tree.title')} stylesheet={props.deps.stylesheet} current="/admin/tree" scripts={mayEdit ? [props.deps.scripts.tree] : []}>
      <div id="tree-notice">
        {props.notice ? <FormMessage kind={props.notice.kind}>{t(props.notice.key)}</FormMessage> : null}
        {props.undo && mayEdit ? (
          <PostForm action="/admin/tree/undo" csrfToken={req.csrfToken} class="page-tree__undo">
            <input type="hidden" name="id" value={props.undo.id} />
            <input type="hidden" name="version" value={String(props.undo.version)} />
            <input type="hidden" name="parentId" value={props.undo.parentId ?? ''} />
            <input type="hidden" name="index" value={String(props.undo.index)} />
            <button type="submit">{t('tree.undo')}</button>
          </PostForm>
        ) : null}
      </div>
      <p class="field__hint">{t('tree.intro')}</p>
      {mayEdit ? <p class="field__hint" id="tree-keys">{t('tree.keyboardHint')}</p> : null}
      <p role="status" class="page-tree__status" id="tree-status"></p>
      {props.tree.length === 0 ? (
        <p>{t('tree.empty')}</p>
      ) : (
        <div id="page-tree" data-csrf={mayEdit ? req.csrfToken : undefined} data-messages={mayEdit ? JSON.stringify(messages) : undefined}>
          <PageTreeList req={req} nodes={props.tree} open={pathTo(props.tree, props.currentId)} mayEdit={mayEdit} currentId={props.currentId} root />
        </div>
      )}
    </AdminLayout>
  );
}

/** The move form without scripts: up and down among its siblings, or any parent and position. */
function MovePage(props: { req: AdminRequest; deps: AdminDeps; tree: readonly TreeNode[]; id: string }) {
  const { req } = props;
  const { t } = req;
  const flat = flattenTree(props.tree);
  const here = flat.find((f) => f.node.document.id === props.id)!;
  const node = here.node;
  const excluded = new Set([props.id, ...flattenTree(node.children).map((f) => f.node.document.id)]);
  const parent = flat.find((f) => f.node.document.id === here.parentId);
  const siblings = parent ? parent.node.children : props.tree;
  const version = String(node.document.version);
  return (
    <AdminLayout req={req} title={t('tree.movePage.title', { title: node.title })} stylesheet={props.deps.stylesheet} current="/admin/tree">
      <p>{t('tree.movePage.current', { parent: parent?.node.title ?? t('tree.topLevel'), position: String(here.index + 1), count: String(siblings.length) })}</p>
      <div class="page-tree__actions">
        {here.index > 0 ? (
          <PostForm action={`/admin/tree/${props.id}/move`} csrfToken={req.csrfToken}>
            <input type="hidden" name="expectedVersion" value={version} />
            <button type="submit" name="direction" value="up">{t('tree.moveUp')}</button>
          </PostForm>
        ) : null}
        {here.index < siblings.length - 1 ? (
          <PostForm action={`/admin/tree/${props.id}/move`} csrfToken={req.csrfToken}>
            <input type="hidden" name="expectedVersion" value={version} />
            <button type="submit" name="direction" value="down">{t('tree.moveDown')}</button>
          </PostForm>
        ) : null}
      </div>
      <PostForm action={`/admin/tree/${props.id}/move`} csrfToken={req.csrfToken} class="form">
        <input type="hidden" name="expectedVersion" value={version} />
        <div class="field">
          <label for="move-parent">{t('tree.dialog.parent')}</label>
          <select id="move-parent" name="parentId">
            <option value="" selected={here.parentId === null}>{t('tree.topLevel')}</option>
            {flat
              .filter((f) => !excluded.has(f.node.document.id))
              .map((f) => (
                <option value={f.node.document.id} selected={f.node.document.id === here.parentId}>
                  {`${'— '.repeat(f.depth)}${f.node.title}`}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for="move-position">{t('tree.dialog.position')}</label>
          <input id="move-position" name="position" type="number" min="1" inputmode="numeric" aria-describedby="move-position-hint" />
          <p class="field__hint" id="move-position-hint">{t('tree.movePage.positionHint')}</p>
        </div>
        <button type="submit">{t('tree.move')}</button>
      </PostForm>
      <p>
        <a href={`/admin/tree?current=${encodeURIComponent(props.id)}#node-${props.id}`}>{t('tree.movePage.back')}</a>
      </p>
    </AdminLayout>
  );
}
