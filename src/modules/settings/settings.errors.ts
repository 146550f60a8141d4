import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const SETTINGS_INVALID = 'SETTINGS_INVALID';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const SETTINGS_ERRORS = defineErrors({
  SETTINGS_INVALID: { kind: 'validation', status: 400, when: 'A setting was given a value it cannot take (the fallback policy is `show` or `hide`); `details` names the setting.' },
});

export function invalidSetting(details: readonly FieldProblem[]): AppError {
  return new AppError(SETTINGS_INVALID, 'validation', 'The setting is not valid', { details });
}
