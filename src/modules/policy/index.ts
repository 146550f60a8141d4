/** @module policy — the one place that answers "may this actor do this, to this translation?". */
export { POLICY, PERMISSIONS, allows, authorize, rolesWith, type Permission, type PolicyTarget } from './policy.ts';
export * from './policy.errors.ts';
