import { SYSTEM, userActor, type Role, type UserActor } from '../../src/modules/accounts/index.ts';
import { markupToRichText } from '../../src/modules/content/index.ts';
import type { TestSite } from './build-test-app.ts';

let counter = 0;

/** An account of this role, as the actor operations take. */
export async function makeActor(site: TestSite, role: Role, locales: readonly string[] = []): Promise<UserActor> {
  counter++;
  const { user } = await site.accounts.users.createUser({ email: `${role}-job-${counter}@example.org`, role, displayName: `${role} ${counter}`, locales, actor: SYSTEM });
  return userActor(user);
}

/**
 * A section "Programmes" with three French pages under it (one with a child), each with links and
 * bold in its body; `ar` gives each an Arabic translation made from the French text of the time.
 */
export async function makeSection(site: TestSite, options: { ar?: boolean; prefix?: string } = {}) {
  counter++;
  const p = options.prefix ?? `s${counter}`;
  const content = site.content.service;
  const page = async (parentId: string | null, slug: string, title: string) =>
    (
      await content.createDocumentWithTranslation({
        type: 'page',
        parentId,
        locale: 'fr',
        translation: {
          slug: `${p}-${slug}`,
          title,
          summary: `Résumé de ${title}. Il tient en deux phrases.`,
          body: markupToRichText(`## ${title}\n\nLisez **notre rapport** et [la page des bénévoles](https://example.org/benevoles). Merci à vous !\n\n- Des repas.\n- Des lits.`),
        },
        actor: SYSTEM,
      })
    ).document.id;
  const section = await page(null, 'programmes', 'Nos programmes');
  const water = await page(section, 'eau', 'Accès à l’eau');
  const school = await page(section, 'ecole', 'École pour tous');
  const wells = await page(water, 'puits', 'Les puits du village');
  const outside = await page(null, 'ailleurs', 'Une page ailleurs');
  if (options.ar) {
    for (const id of [section, water, school, wells, outside]) {
      await content.saveTranslation({ documentId: id, locale: 'ar', expectedVersion: 0, translation: { slug: `${p}-ar-${id.slice(0, 6).toLowerCase()}`, title: 'عنوان قديم', summary: 'ملخص قديم.', sourceLocale: 'fr' }, actor: SYSTEM });
    }
  }
  return { section, water, school, wells, outside, all: [section, water, school, wells] };
}

/** Changes the French text of a document (its Arabic translation becomes outdated). */
export async function editFrench(site: TestSite, documentId: string, title: string) {
  const t = (await site.content.service.findTranslation(documentId, 'fr'))!;
  await site.content.service.saveTranslation({ documentId, locale: 'fr', expectedVersion: t.version, translation: { slug: t.slug, title, summary: t.summary, body: t.body, fields: t.fields }, actor: SYSTEM });
}

/** A signed-in person's cookie and form token, for requests the admin client cannot make (multipart). */
export async function sessionFor(site: TestSite, role: Role, locales: readonly string[] = []): Promise<{ userId: string; cookie: string; csrf: string }> {
  counter++;
  const email = `${role}-upload-${counter}@example.org`;
  const { user, setPasswordToken } = await site.accounts.users.createUser({ email, role, displayName: `${role} ${counter}`, locales, actor: SYSTEM });
  const password = 'a long enough test password';
  await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password });
  const { token, session } = await site.accounts.sessions.signIn({ email, password, clientAddress: `10.200.${counter % 250}.7` });
  return { userId: user.id, cookie: `ensemble_session=${token}`, csrf: session.csrfToken };
}

/** A multipart body with the form token first and one file, as the import form sends it. */
export function multipartImport(csrf: string, file: Uint8Array | string, name = 'returned.xlf'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----ensemble-jobs-${counter}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/xliff+xml\r\n\r\n`),
    typeof file === 'string' ? Buffer.from(file) : Buffer.from(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
