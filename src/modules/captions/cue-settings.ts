export interface SanitisedSettings {
  readonly settings: string;
  readonly dropped: readonly string[];
}

// WebVTT percentages are digits with an optional fraction; a few digits suffice for 0–100 and refuse 1e308%.
const PERCENT = /^(\d{1,3}(?:\.\d{1,3})?)%$/;
const VALIDATORS: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['vertical', (value: string) => value === 'rl' || value === 'lr'],
  ['line', (value: string) => withAlignment(value, ['start', 'center', 'end'], (v) => isPercent(v) || /^-?\d{1,4}$/.test(v))],
  ['position', (value: string) => withAlignment(value, ['line-left', 'center', 'line-right'], isPercent)],
  ['size', isPercent],
  ['align', (value: string) => ['start', 'center', 'end', 'left', 'right'].includes(value)],
]);
// A real cue has at most five settings; more tokens than this are noise we do not need to look at.
const MAX_TOKENS = 16;

/**
 * Keeps only the WebVTT cue settings with valid values, later ones overriding earlier ones as in the spec.
 * `region` is dropped with the REGION blocks it would point at.
 */
export function sanitiseCueSettings(raw: string): SanitisedSettings {
  const kept = new Map<string, string>();
  const dropped: string[] = [];
  const tokens = raw.split(/[ \t\f]+/).filter((token) => token !== '');
  for (const token of tokens.slice(0, MAX_TOKENS)) {
    const colon = token.indexOf(':');
    const name = token.slice(0, colon);
    const value = token.slice(colon + 1);
    const isValid = colon > 0 && VALIDATORS.get(name)?.(value) === true;
    if (isValid) kept.set(name, value);
    else dropped.push(token);
  }
  if (tokens.length > MAX_TOKENS) dropped.push(`${tokens.length - MAX_TOKENS} more`);
  return { settings: [...kept].map(([name, value]) => `${name}:${value}`).join(' '), dropped };
}

function isPercent(value: string): boolean {
  const match = PERCENT.exec(value);
  return match !== null && Number(match[1]) <= 100;
}

function withAlignment(value: string, alignments: readonly string[], isValidNumber: (value: string) => boolean): boolean {
  const [number = '', alignment, extra] = value.split(',');
  return extra === undefined && isValidNumber(number) && (alignment === undefined || alignments.includes(alignment));
}
