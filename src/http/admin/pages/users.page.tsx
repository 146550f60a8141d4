import type { FastifyInstance } from 'fastify';
import { ROLES, type Role, type User } from '../../../modules/accounts/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { localeName } from '../views/labels.view.tsx';
import { sendForbidden } from '../document-context.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from '../views/form.view.tsx';

/** Administrators list accounts and invite people; the invitation is a one-time link to pass on. */
export function registerUserRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/admin/users', { config: { access: 'users.manage' } }, async (request, reply) => {
    const users = await deps.accounts.users.listUsers();
    return sendAdminPage(reply, 200, <UsersPage req={request.admin} deps={deps} users={users} />);
  });

  app.post('/admin/users', { config: { access: 'users.manage' } }, async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, unknown>;
    const email = String(form.email ?? '').slice(0, 254);
    const displayName = String(form.displayName ?? '').slice(0, 200);
    const role = (ROLES as readonly string[]).includes(String(form.role)) ? (String(form.role) as Role) : undefined;
    const rawLocales = Array.isArray(form.locales) ? form.locales : form.locales === undefined ? [] : [form.locales];
    // Unknown tags reach the accounts module, which names them in its refusal.
    const locales = rawLocales.map(String).slice(0, 100);
    const values = { email, displayName, role, locales };
    try {
      if (!role) throw Object.assign(new Error('role'), { code: 'ACCOUNTS_INVALID' });
      const { user, setPasswordToken } = await deps.accounts.users.createUser({
        email,
        displayName,
        role,
        locales,
        actor: actorOf(request.admin),
      });
      const link = `${deps.publicUrl}/admin/set-password?token=${setPasswordToken}`;
      const users = await deps.accounts.users.listUsers();
      return sendAdminPage(reply, 201, <UsersPage req={request.admin} deps={deps} users={users} created={{ email: user.email, link }} />);
    } catch (error) {
      if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, request.admin.t('error.forbidden.body'));
      const code = (error as { code?: string }).code;
      if (!isAppError(error) && code !== 'ACCOUNTS_INVALID') throw error;
      const users = await deps.accounts.users.listUsers();
      const message = isAppError(error) && error.details.length > 0 ? error.details.map((d) => `${d.path}: ${d.message}`).join(' · ') : (error as Error).message;
      return sendAdminPage(reply, 400, <UsersPage req={request.admin} deps={deps} users={users} values={values} error={request.admin.t('field.invalid', { message })} />);
    }
  });
}

function UsersPage({
  req,
  deps,
  users,
  created,
  values,
  error,
}: {
  req: AdminRequest;
  deps: AdminDeps;
  users: readonly User[];
  created?: { email: string; link: string };
  values?: { email: string; displayName: string; role?: Role; locales: readonly LocaleCode[] };
  error?: string;
}) {
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('users.title')} stylesheet={deps.stylesheet} current="/admin/users">
      {created ? (
        <FormMessage kind="success">
          {t('users.created', { email: created.email })} <code class="link-to-share">{created.link}</code>
        </FormMessage>
      ) : null}
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.displayName')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('documents.locale')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr>
              <td>
                {user.email}
                {!user.hasPassword ? <span class="tag">{t('users.noPassword')}</span> : null}
                {user.disabledAt ? <span class="tag">{t('users.disabled')}</span> : null}
              </td>
              <td>{user.displayName}</td>
              <td>{t(`role.${user.role}`)}</td>
              <td>{user.locales.map((l) => localeName(req.locale, l)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('users.add')}</h2>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <PostForm action="/admin/users" csrfToken={req.csrfToken} class="form form--narrow">
        <Field name="email" type="email" label={t('users.email')} value={values?.email} required autocomplete="off" />
        <Field name="displayName" label={t('users.displayName')} value={values?.displayName} autocomplete="off" />
        <div class="field">
          <label for="field-role">{t('users.role')}</label>
          <select id="field-role" name="role">
            {ROLES.map((role) => (
              <option value={role} selected={values?.role === role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field">
          <legend>{t('users.locales')}</legend>
          {req.locales.allCodes.map((code) => (
            <label class="check">
              <input type="checkbox" name="locales" value={code} checked={values?.locales.includes(code)} /> <span lang={code}>{req.locales.get(code).endonym}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('users.create')}</button>
      </PostForm>
    </AdminLayout>
  );
}
