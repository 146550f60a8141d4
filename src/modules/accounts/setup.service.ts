import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { ADMIN_LOCALES, type LocaleCode } from '../locales/index.ts';
import { createAccountsRepository } from './accounts.repository.ts';
import { emailTaken, invalidAccount, tokenInvalid, weakPassword } from './accounts.errors.ts';
import type { AccountsDeps, User } from './accounts.types.ts';
import { checkDisplayName, checkEmail, checkUiLocale, normaliseEmail } from './account-input.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { issueToken, findUsableToken } from './tokens.ts';

export type SetupService = ReturnType<typeof createSetupService>;

/** The first administrator of a new site, created through a link printed on the console. */
export function createSetupService({ db, clock, config, audit }: AccountsDeps) {
  const repo = createAccountsRepository(db);

  return {
    /**
     * A new setup token, or undefined when an enabled administrator exists or an earlier setup
     * token is still usable: so the start command prints the link once, not at every start.
     */
    async createSetupToken(): Promise<string | undefined> {
      const now = clock.now();
      if ((await repo.countEnabledAdministrators()) > 0) return undefined;
      if (await repo.hasUsableSetupToken(now.toISOString())) return undefined;
      return issueToken(repo, { userId: null, purpose: 'setup', now, hours: config.tokenHours });
    },

    /**
     * Creates the first administrator, with a password, and uses up every setup link.
     * @throws ACCOUNTS_TOKEN_INVALID (unknown, used or expired, or an administrator exists already),
     *   ACCOUNTS_INVALID, ACCOUNTS_WEAK_PASSWORD, ACCOUNTS_EMAIL_TAKEN
     */
    async completeSetup(input: {
      token: string;
      email: string;
      password: string;
      displayName?: string;
      uiLocale?: LocaleCode;
    }): Promise<User> {
      const now = clock.now().toISOString();
      const token = await findUsableToken(repo, input.token, 'setup', now);
      if (!token || (await repo.countEnabledAdministrators()) > 0) throw tokenInvalid();
      const problems: FieldProblem[] = [];
      const email = normaliseEmail(String(input.email));
      checkEmail(email, problems);
      const displayName = input.displayName?.trim() || email.split('@')[0] || '';
      checkDisplayName(displayName, problems);
      const uiLocale = input.uiLocale ?? ADMIN_LOCALES[0];
      checkUiLocale(uiLocale, problems);
      if (problems.length > 0) throw invalidAccount(problems);
      const problem = passwordProblem(input.password, email);
      if (problem) throw weakPassword('password', problem);

      const passwordHash = await hashPassword(input.password);
      const user: User = {
        id: newId(),
        email,
        displayName,
        role: 'administrator',
        locales: [],
        uiLocale,
        timeZone: null,
        hasPassword: true,
        createdAt: now,
        disabledAt: null,
      };
      await db.transaction().execute(async (trx) => {
        const r = createAccountsRepository(trx);
        if (!(await r.consumeToken(token.id, now))) throw tokenInvalid();
        // Checked again inside the transaction: two setup links may have been printed by two instances.
        if ((await r.countEnabledAdministrators()) > 0) throw tokenInvalid();
        if (!(await r.insertUser(user, passwordHash))) throw emailTaken();
        await r.consumeTokens({ purpose: 'setup' }, now);
      });
      await audit.record({
        actorId: user.id,
        action: 'user.created',
        details: { userId: user.id, email, role: user.role, via: 'setup' },
      });
      return user;
    },
  };
}
