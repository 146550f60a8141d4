import type { Permission } from '../../modules/policy/index.ts';

/**
 * What a back-office route requires, declared on the route itself (`config.access`):
 * `anonymous` pages are for people who cannot sign in yet (sign-in, set password, setup);
 * every other route names the permission it needs, and PERMISSIONS says which roles hold it.
 */
export type RouteAccess = 'anonymous' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
