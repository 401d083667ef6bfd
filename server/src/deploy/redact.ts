/** What replaces a secret in any text shown to the user or written to a log. */
export const REDACTED = '********';

/** Secrets shorter than this are not redacted: hiding every "ab" would make logs unreadable. */
const MIN_SECRET_LENGTH = 3;

export interface Redactor {
  (text: string): string;
  /** The secrets it hides (for tests and for merging). */
  readonly secrets: readonly string[];
}

/** A function that hides every occurrence of the given secrets (the longest first, so overlaps go whole). */
export function redactor(secrets: Iterable<string>): Redactor {
  const unique = [...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
  const redact = ((text: string): string => {
    let result = text;
    for (const secret of unique) result = result.split(secret).join(REDACTED);
    return result;
  }) as Redactor;
  Object.defineProperty(redact, 'secrets', { value: unique });
  return redact;
}
