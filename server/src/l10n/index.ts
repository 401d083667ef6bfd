/**
 * Localization at the edge. The checks build their messages in English; where Problems become
 * Diagnostics (server) or findings (CLI), these functions turn them into the user's language with
 * per-code tables of patterns over the English text. A message no pattern matches stays English,
 * so a new check never shows an empty or broken message, only an untranslated one (the
 * completeness test lists those).
 */
import { chromeEs } from './es/chrome.js';
import { spanishMessages, spanishRelated, spanishTitles } from './es/index.js';
import { scaffoldEs } from './es/scaffold.js';
import { translateWith, type Translation } from './translate.js';

export type Locale = 'en' | 'es';

/** `es`, `es-ES`, `es_AR.UTF-8`... are Spanish; any other tag is English; anything else is no choice. */
export function localeFromTag(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  return /^es(?:$|[-_.@])/i.test(tag.trim()) ? 'es' : 'en';
}

/**
 * The server's locale: `initializationOptions.locale` (for editors other than VS Code) wins over
 * the `locale` of the initialize request (VS Code's display language).
 */
export function serverLocale(params: { locale?: unknown; initializationOptions?: unknown }): Locale {
  const options = params.initializationOptions;
  const override = options && typeof options === 'object' ? (options as { locale?: unknown }).locale : undefined;
  return localeFromTag(override) ?? localeFromTag(params.locale) ?? 'en';
}

/** The CLI's locale from the environment, the way gettext reads it: LC_ALL, then LC_MESSAGES, then LANG. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value && value !== '') return value === 'C' || value === 'POSIX' ? 'en' : (localeFromTag(value) ?? 'en');
  }
  return 'en';
}

/** The Spanish of a problem message, or undefined when no pattern of its code matches it. */
export function spanishProblemMessage(code: string, message: string): string | undefined {
  return translateWith(spanishMessages[code] ?? [], message);
}

/** The Spanish of a quick-fix title, or undefined when no pattern matches it. */
export function spanishTitle(title: string): string | undefined {
  return translateWith(spanishTitles, title);
}

/** The Spanish of a related-place message ("first definition"...), or undefined. */
export function spanishRelatedMessage(message: string): string | undefined {
  return translateWith(spanishRelated, message);
}

export function localizeProblemMessage(code: string, message: string, locale: Locale | undefined): string {
  return locale === 'es' ? (spanishProblemMessage(code, message) ?? message) : message;
}

export function localizeTitle(title: string, locale: Locale | undefined): string {
  return locale === 'es' ? (spanishTitle(title) ?? title) : title;
}

export function localizeRelatedMessage(message: string, locale: Locale | undefined): string {
  return locale === 'es' ? (spanishRelatedMessage(message) ?? message) : message;
}

interface Localizable {
  code: string;
  message: string;
  fixes?: Array<{ title: string }>;
  related?: Array<{ message: string }>;
}

/** A copy of a problem with its message, fix titles and related messages in the locale's language. */
export function localizeProblem<P extends Localizable>(problem: P, locale: Locale | undefined): P {
  if (locale !== 'es') return problem;
  return {
    ...problem,
    message: localizeProblemMessage(problem.code, problem.message, locale),
    ...(problem.fixes ? { fixes: problem.fixes.map((fix) => ({ ...fix, title: localizeTitle(fix.title, locale) })) } : {}),
    ...(problem.related ? { related: problem.related.map((place) => ({ ...place, message: localizeRelatedMessage(place.message, locale) })) } : {}),
  };
}

/** The Spanish of an answer "New HA cluster" refuses, or undefined. */
export function spanishAnswerError(message: string): string | undefined {
  return translateWith(scaffoldEs, message);
}

/** The refused answers of a "New HA cluster" result in the locale's language. */
export function localizeAnswerErrors<R extends { errors: Array<{ message: string }> }>(result: R, locale: Locale | undefined): R {
  if (locale !== 'es') return result;
  return { ...result, errors: result.errors.map((error) => ({ ...error, message: spanishAnswerError(error.message) ?? error.message })) };
}

/** The Spanish of a line of hover or signature-help text the server writes, or undefined. */
export function spanishChrome(text: string): string | undefined {
  return translateWith(chromeEs, text);
}

/** A line of hover or signature-help chrome ("Default: ...", "Available since ...") in the locale's language. */
export function localizeChrome(text: string, locale: Locale | undefined): string {
  return locale === 'es' ? (spanishChrome(text) ?? text) : text;
}

export type { Translation };
