import type { FastifyReply } from 'fastify';
import {
  CONTENT_DOCUMENT_NOT_FOUND,
  CONTENT_INVALID,
  CONTENT_MENU_ITEM_NOT_FOUND,
  MENUS,
  isMenuName,
  type MenuItemNode,
  type MenuName,
  type MenuTarget,
} from '../../../modules/content/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, IdParams, PageResponses, query, QueryText, TokenOnlyForm, type AdminInstance } from '../admin-schemas.ts';
import { sendNotFound } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';

const DONE: Readonly<Record<string, AdminMessageKey>> = {
  added: 'menus.done.added',
  moved: 'menus.done.moved',
  removed: 'menus.done.removed',
};

const MENU_LABEL: Readonly<Record<MenuName, AdminMessageKey>> = { main: 'menus.menu.main', footer: 'menus.menu.footer' };

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

/** The public site's menus: add an entry pointing at a page, reorder entries, remove them. */
// The handlers check each value (and answer a bad one with the menus page and its message).
const AddItemForm = form({ menu: FormList, documentId: FormList, parentId: FormList });
const MoveItemForm = form({ direction: FormList });

export function registerMenuRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/menus', { config: { access: 'content.edit' }, schema: { response: PageResponses, querystring: query({ done: QueryText }) } }, async (request, reply) => {
    const done = DONE[String(request.query.done)];
    return sendMenus(reply, 200, request.admin, deps, done ? { kind: 'success', key: done } : undefined);
  });

  app.post('/admin/menus/items', { config: { access: 'content.edit' }, schema: { response: PageResponses, body: AddItemForm } }, async (request, reply) => {
    const body = request.body;
    const req = request.admin;
    const actor = actorOf(req);
    const parentId = body.parentId === '' || body.parentId === undefined ? null : body.parentId;
    if (!isMenuName(body.menu) || !isId(body.documentId) || (parentId !== null && !isId(parentId))) {
      return sendMenus(reply, 400, req, deps, { kind: 'error', key: 'menus.error.input' });
    }
    try {
      const id = await deps.content.menus.addItem({ menu: body.menu, documentId: body.documentId, parentId, actor });
      return reply.redirect(`/admin/menus?done=added#item-${id}`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === CONTENT_DOCUMENT_NOT_FOUND || error.code === CONTENT_MENU_ITEM_NOT_FOUND) return sendNotFound(reply, req, deps);
      if (error.code === CONTENT_INVALID) return sendMenus(reply, 400, req, deps, { kind: 'error', key: 'menus.error.parentMenu' });
      throw error;
    }
  });

  app.post('/admin/menus/items/:id/move', { config: { access: 'content.edit' }, schema: { response: PageResponses, params: IdParams, body: MoveItemForm } }, async (request, reply) => {
    const { id } = request.params;
    const body = request.body;
    const req = request.admin;
    const actor = actorOf(req);
    const direction = body.direction === 'up' || body.direction === 'down' ? body.direction : undefined;
    if (direction === undefined || !isId(id)) {
      return sendMenus(reply, 400, req, deps, { kind: 'error', key: 'menus.error.input' });
    }
    try {
      await deps.content.menus.moveItem({ id, direction, actor });
      return reply.redirect(`/admin/menus?done=moved#item-${id}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === CONTENT_MENU_ITEM_NOT_FOUND) return sendNotFound(reply, req, deps);
      throw error;
    }
  });

  app.post('/admin/menus/items/:id/remove', { config: { access: 'content.edit' }, schema: { response: PageResponses, params: IdParams, body: TokenOnlyForm } }, async (request, reply) => {
    const { id } = request.params;
    const req = request.admin;
    const actor = actorOf(req);
    if (!isId(id)) return sendNotFound(reply, req, deps);
    try {
      const removed = await deps.content.menus.removeItem(id, actor);
      return reply.redirect(`/admin/menus?done=removed#menu-${removed.menu}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === CONTENT_MENU_ITEM_NOT_FOUND) return sendNotFound(reply, req, deps);
      throw error;
    }
  });
}

interface Notice {
  readonly kind: 'error' | 'success';
  readonly key: AdminMessageKey;
}

async function sendMenus(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, notice?: Notice) {
  const menus = await Promise.all(MENUS.map(async (menu) => ({ menu, items: await deps.content.menus.getMenu(menu, req.locale) })));
  const targets = await deps.content.menus.listTargets(req.locale);
  return sendAdminPage(reply, status, <MenusPage req={req} deps={deps} menus={menus} targets={targets} notice={notice} />);
}

function MenusPage(props: {
  req: AdminRequest;
  deps: AdminDeps;
  menus: readonly { menu: MenuName; items: readonly MenuItemNode[] }[];
  targets: readonly MenuTarget[];
  notice?: Notice;
}) {
  const { req } = props;
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('menus.title')} stylesheet={props.deps.stylesheet} current="/admin/menus">
      {props.notice ? <FormMessage kind={props.notice.kind}>{t(props.notice.key)}</FormMessage> : null}
      <p class="field__hint">{t('menus.intro')}</p>
      {props.menus.map(({ menu, items }) => (
        <section id={`menu-${menu}`} aria-labelledby={`menu-${menu}-title`}>
          <h2 id={`menu-${menu}-title`}>{t(MENU_LABEL[menu])}</h2>
          {items.length === 0 ? <p>{t('menus.empty')}</p> : <MenuList items={items} req={req} />}
        </section>
      ))}
      <section aria-labelledby="menu-add-title">
        <h2 id="menu-add-title">{t('menus.add.title')}</h2>
        {props.targets.length === 0 ? (
          <p>{t('menus.add.noTargets')}</p>
        ) : (
          <PostForm action="/admin/menus/items" csrfToken={req.csrfToken}>
            <div class="field">
              <label for="menu-add-menu">{t('menus.add.menu')}</label>
              <select id="menu-add-menu" name="menu">
                {MENUS.map((menu) => <option value={menu}>{t(MENU_LABEL[menu])}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="menu-add-document">{t('menus.add.document')}</label>
              <select id="menu-add-document" name="documentId">
                {props.targets.map((target) => <option value={target.documentId} lang={target.titleLocale}>{target.title}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="menu-add-parent">{t('menus.add.parent')}</label>
              <select id="menu-add-parent" name="parentId">
                <option value="">{t('menus.add.topLevel')}</option>
                {props.menus.map(({ menu, items }) =>
                  items.length === 0 ? null : (
                    <optgroup label={t(MENU_LABEL[menu])}>
                      {flatten(items, 0).map(({ item, depth }) => (
                        <option value={item.id}>{`${'— '.repeat(depth)}${item.title}`}</option>
                      ))}
                    </optgroup>
                  ),
                )}
              </select>
            </div>
            <button type="submit">{t('menus.add.submit')}</button>
          </PostForm>
        )}
      </section>
    </AdminLayout>
  );
}

function MenuList(props: { items: readonly MenuItemNode[]; req: AdminRequest }) {
  const { req } = props;
  const { t } = req;
  return (
    <ul class="page-tree">
      {props.items.map((item, index) => (
        <li id={`item-${item.id}`}>
          <a href={`/admin/documents/${item.documentId}`} lang={item.titleLocale}>{item.title}</a>
          <div class="page-tree__actions">
            {index > 0 ? (
              <PostForm action={`/admin/menus/items/${item.id}/move`} csrfToken={req.csrfToken}>
                <button type="submit" name="direction" value="up" aria-label={t('menus.moveUpLabel', { title: item.title })}>{t('menus.moveUp')}</button>
              </PostForm>
            ) : null}
            {index < props.items.length - 1 ? (
              <PostForm action={`/admin/menus/items/${item.id}/move`} csrfToken={req.csrfToken}>
                <button type="submit" name="direction" value="down" aria-label={t('menus.moveDownLabel', { title: item.title })}>{t('menus.moveDown')}</button>
              </PostForm>
            ) : null}
            <PostForm action={`/admin/menus/items/${item.id}/remove`} csrfToken={req.csrfToken}>
              <button type="submit" aria-label={t('menus.removeLabel', { title: item.title })}>{t('menus.remove')}</button>
            </PostForm>
          </div>
          {item.children.length > 0 ? <MenuList items={item.children} req={req} /> : null}
        </li>
      ))}
    </ul>
  );
}

function flatten(items: readonly MenuItemNode[], depth: number): { item: MenuItemNode; depth: number }[] {
  return items.flatMap((item) => [{ item, depth }, ...flatten(item.children, depth + 1)]);
}
