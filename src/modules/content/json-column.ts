/** A JSON text column read back; an empty text (never written) is the fallback. */
export function parseJson(text: string, fallback: unknown): unknown {
  if (text === '') return fallback;
  return JSON.parse(text) as unknown;
}
