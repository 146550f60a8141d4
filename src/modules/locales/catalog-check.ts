import { IntlMessageFormat } from 'intl-messageformat';

/** One thing wrong with a catalog, for a test report or for the back office to show beside a translator's edit. */
export interface CatalogProblem {
  readonly key: string;
  readonly message: string;
}

/**
 * Checks a catalog against the source catalog: every source key present and no other, and each message
 * as {@link checkMessage} does.
 */
export function checkCatalog(
  tag: string,
  catalog: Readonly<Record<string, string>>,
  source: Readonly<Record<string, string>>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(catalog, key)) problems.push({ key, message: 'missing message' });
  }
  for (const [key, message] of Object.entries(catalog)) {
    const sourceMessage = source[key];
    if (sourceMessage === undefined) {
      problems.push({ key, message: 'not in the source catalog' });
      continue;
    }
    for (const problem of checkMessage(tag, message, sourceMessage)) problems.push({ key, message: problem });
  }
  return problems;
}

/**
 * Checks one translated ICU message against its source: it parses for the locale, uses exactly the
 * source's argument names, and each plural gives every CLDR category the locale uses, and no other.
 * A category that covers several numbers (Russian "one" is 1, 21, 31…) must show the number when the
 * source does. Returns the problems in English, empty when the message is fine.
 */
export function checkMessage(tag: string, message: string, sourceMessage: string): string[] {
  const source = parseMessage(sourceMessage, tag);
  if (typeof source === 'string') return [`the source message does not parse: ${source}`];
  const translation = parseMessage(message, tag);
  if (typeof translation === 'string') return [`does not parse: ${translation}`];

  const problems: string[] = [];
  const expected = collectArguments(source);
  const actual = collectArguments(translation);
  for (const name of expected.names) {
    if (!actual.names.has(name)) problems.push(`missing argument {${name}}`);
  }
  for (const name of actual.names) {
    if (!expected.names.has(name)) problems.push(`unknown argument {${name}}: the source has no such value`);
  }
  for (const plural of actual.plurals) {
    problems.push(...checkPlural(tag, plural, expected.plurals.find((p) => p.value === plural.value)));
  }
  return problems;
}

// The AST's element kinds (TYPE in @formatjs/icu-messageformat-parser). intl-messageformat returns the AST it
// parsed but does not export the enum, and the parser is its dependency, not one of ours.
const ELEMENT = { argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;

const CLDR_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];
type PluralElement = Extract<MessageElement, { type: typeof ELEMENT.plural }>;

/** The parsed message, or the parser's error message. */
function parseMessage(message: string, tag: string): MessageElement[] | string {
  try {
    return new IntlMessageFormat(message, tag).getAst();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function collectArguments(elements: readonly MessageElement[]): { names: Set<string>; plurals: PluralElement[] } {
  const names = new Set<string>();
  const plurals: PluralElement[] = [];
  const walk = (list: readonly MessageElement[]): void => {
    for (const el of list) {
      switch (el.type) {
        case ELEMENT.argument:
        case ELEMENT.number:
        case ELEMENT.date:
        case ELEMENT.time:
          names.add(el.value);
          break;
        case ELEMENT.tag:
          // A rich-text tag is formatted by a value of the same name.
          names.add(el.value);
          walk(el.children);
          break;
        case ELEMENT.select:
          names.add(el.value);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        case ELEMENT.plural:
          names.add(el.value);
          plurals.push(el);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
      }
    }
  };
  walk(elements);
  return { names, plurals };
}

function checkPlural(tag: string, plural: PluralElement, sourcePlural: PluralElement | undefined): string[] {
  const problems: string[] = [];
  const rules = new Intl.PluralRules(tag, { type: plural.pluralType ?? 'cardinal' });
  // Intl lists them in no useful order; CLDR's order reads better in a report.
  const categories = CLDR_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  const name = `{${plural.value}}`;
  for (const category of categories) {
    if (!Object.hasOwn(plural.options, category) && !isCoveredByExactMatches(rules, category, plural)) {
      problems.push(`${name} lacks the plural form “${category}” (${describeNumbers(rules, category)})`);
    }
  }
  for (const selector of Object.keys(plural.options)) {
    // "=0" and the like are exact matches, allowed in every language.
    if (!selector.startsWith('=') && !(categories as readonly string[]).includes(selector)) {
      problems.push(`${name} has a plural form “${selector}”, which ${tag} never selects`);
    }
  }
  const sourceOther = sourcePlural?.options['other'];
  if (sourceOther && showsNumber(sourceOther.value, plural.value)) {
    for (const category of categories) {
      const option = plural.options[category];
      const numbers = integersIn(rules, category);
      if (option && numbers.length > 1 && !showsNumber(option.value, plural.value)) {
        problems.push(`${name}: the form “${category}” does not show the number, yet it is used for ${numbers.slice(0, 3).join(', ')}…`);
      }
    }
  }
  return problems;
}

/** Arabic "zero" is only 0, so a message with "=0" never reaches it. */
function isCoveredByExactMatches(rules: Intl.PluralRules, category: string, plural: PluralElement): boolean {
  const numbers = integersIn(rules, category);
  const isOnlyIntegers = rules.select(1.5) !== category && rules.select(1_000_000) !== category;
  return isOnlyIntegers && numbers.length > 0 && numbers.every((n) => Object.hasOwn(plural.options, `=${n}`));
}

function showsNumber(elements: readonly MessageElement[], argument: string): boolean {
  return elements.some((el) => {
    if (el.type === ELEMENT.pound) return true;
    if (el.type === ELEMENT.argument || el.type === ELEMENT.number) return el.value === argument;
    if (el.type === ELEMENT.select) return Object.values(el.options).some((o) => showsNumber(o.value, argument));
    if (el.type === ELEMENT.tag) return showsNumber(el.children, argument);
    return false;
  });
}

function integersIn(rules: Intl.PluralRules, category: string): number[] {
  const numbers: number[] = [];
  for (let n = 0; n <= 200; n += 1) if (rules.select(n) === category) numbers.push(n);
  return numbers;
}

function describeNumbers(rules: Intl.PluralRules, category: string): string {
  const numbers = integersIn(rules, category);
  if (numbers.length > 0) return `used for ${numbers.slice(0, 4).join(', ')}${numbers.length > 4 ? '…' : ''}`;
  if (rules.select(1.5) === category) return 'used for fractions such as 1.5';
  if (rules.select(1_000_000) === category) return 'used for round millions such as 1000000';
  return 'used for some numbers';
}
