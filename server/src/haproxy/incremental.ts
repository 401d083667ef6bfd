import type { IToken } from 'chevrotain';
import { shiftedProblem, type ParseResult, type Problem, type Span } from '../common/span.js';
import { ConfigBuilder, finalNewlineError, ignoredTextErrors } from './build.js';
import type { Condition, ConditionTerm, Directive, EnvReference, HaproxyConfig, Section, Word } from './model.js';
import { byPlace, parseHaproxy, parsePiece } from './parser.js';
import { makeWord } from './words.js';

/** A parse and the text it was made from. */
export interface PreviousParse {
  text: string;
  result: ParseResult<HaproxyConfig>;
}

/**
 * Parses `text`, an edited version of `previous.text`, reading again only the sections the edit
 * touches: the sections before it are kept as they are, those after it are copied with their offsets
 * moved. The result is the one `parseHaproxy(text)` gives (a test compares them on random edits of
 * the corpus). Files with `.if` blocks or lines before the first section, and edits that do not
 * start and end in whole sections, are parsed from scratch.
 */
export function reparseHaproxy(previous: PreviousParse, text: string): ParseResult<HaproxyConfig> {
  const old = previous.result.model;
  const oldText = previous.text;
  if (oldText === text) return previous.result;
  if (old.conditionals.length > 0 || old.outside.length > 0 || old.sections.length < 2) return parseHaproxy(text);

  // The edit replaced oldText[first, oldEnd) by text[first, newEnd).
  const shorter = Math.min(oldText.length, text.length);
  let first = 0;
  while (first < shorter && oldText.charCodeAt(first) === text.charCodeAt(first)) first++;
  let oldEnd = oldText.length;
  let newEnd = text.length;
  while (oldEnd > first && newEnd > first && oldText.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  const delta = newEnd - oldEnd;

  // Read again from the header line of the section the edit starts in, to the header line of the
  // first section after it (whose line and everything after are unchanged).
  const lineStart = (at: number): number => oldText.lastIndexOf('\n', at - 1) + 1;
  const sections = old.sections;
  let from = -1;
  for (let i = 0; i < sections.length && lineStart(sections[i]!.start) <= first; i++) from = i;
  if (from < 0) return parseHaproxy(text);
  // The kept header line must still start a line in the new text (its line feed may have been edited).
  const startsLineInNew = (oldAt: number): boolean => text.charCodeAt(oldAt + delta - 1) === 10;
  let to = from + 1;
  while (to < sections.length && (lineStart(sections[to]!.start) < oldEnd || !startsLineInNew(lineStart(sections[to]!.start)))) to++;
  const pieceStart = lineStart(sections[from]!.start);
  const oldPieceEnd = to < sections.length ? lineStart(sections[to]!.start) : oldText.length;
  const newPieceEnd = to < sections.length ? oldPieceEnd + delta : text.length;

  const pieceErrors: Problem[] = [];
  const builder = new ConfigBuilder(text, pieceErrors);
  const ignored: IToken[] = [];
  parsePiece(text, pieceStart, newPieceEnd, builder, ignored, pieceErrors);
  const piece = builder.config;
  // The piece must start a section, hold no `.if` block, and end where the kept sections begin.
  if (piece.outside.length > 0 || piece.conditionals.length > 0) return parseHaproxy(text);
  ignoredTextErrors(ignored, pieceErrors);

  const before = (span: Span): boolean => span.start < pieceStart;
  const after = (span: Span): boolean => span.start >= oldPieceEnd;
  const errors: Problem[] = [];
  for (const error of previous.result.errors) {
    if (error.code === 'haproxy/missing-final-newline') continue;
    if (before(error)) errors.push(error);
  }
  errors.push(...pieceErrors);
  for (const error of previous.result.errors) {
    if (error.code !== 'haproxy/missing-final-newline' && after(error)) errors.push(shiftedProblem(error, delta));
  }
  finalNewlineError(text, errors);
  errors.sort(byPlace);

  const model: HaproxyConfig = {
    start: 0,
    end: text.length,
    // An edit that keeps the length (a replaced character) moves nothing: the sections after it are kept as they are.
    sections: [...sections.slice(0, from), ...piece.sections, ...sections.slice(to).map((s) => (delta === 0 ? s : shiftSection(s, delta)))],
    outside: [],
    conditionals: [],
    comments: [
      ...old.comments.filter(before),
      ...piece.comments,
      ...old.comments.filter(after).map((c) => shiftSpan(c, delta)),
    ],
  };
  return { model, errors };
}

function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftWord(word: Word, delta: number): Word {
  return makeWord(word.start + delta, word.raw, word.value, word.quoted, word.env?.map((e) => shiftEnv(e, delta)));
}

function shiftEnv(env: EnvReference, delta: number): EnvReference {
  const moved: EnvReference = { start: env.start + delta, end: env.end + delta, name: env.name, expand: env.expand };
  if (env.defaultValue !== undefined) moved.defaultValue = env.defaultValue;
  return moved;
}

function shiftDirective(directive: Directive, delta: number): Directive {
  const moved: Directive = {
    start: directive.start + delta,
    end: directive.end + delta,
    keyword: shiftWord(directive.keyword, delta),
    args: directive.args.map((w) => shiftWord(w, delta)),
  };
  if (directive.condition) moved.condition = shiftCondition(directive.condition, delta);
  if (directive.comment) moved.comment = shiftSpan(directive.comment, delta);
  return moved;
}

function shiftCondition(condition: Condition, delta: number): Condition {
  return {
    start: condition.start + delta,
    end: condition.end + delta,
    keyword: shiftWord(condition.keyword, delta),
    negate: condition.negate,
    terms: condition.terms.map((t) => shiftTerm(t, delta)),
  };
}

function shiftTerm(term: ConditionTerm, delta: number): ConditionTerm {
  switch (term.kind) {
    case 'acl':
      return { start: term.start + delta, end: term.end + delta, kind: 'acl', name: shiftWord(term.name, delta), negated: term.negated };
    case 'or':
      return { start: term.start + delta, end: term.end + delta, kind: 'or', word: shiftWord(term.word, delta) };
    case 'anonymous': {
      const moved: ConditionTerm = {
        start: term.start + delta,
        end: term.end + delta,
        kind: 'anonymous',
        negated: term.negated,
        open: shiftSpan(term.open, delta),
        words: term.words.map((w) => shiftWord(w, delta)),
      };
      if (term.close) moved.close = shiftSpan(term.close, delta);
      return moved;
    }
  }
}

function shiftSection(section: Section, delta: number): Section {
  const header = shiftDirective(section.header, delta);
  const moved: Section = { start: section.start + delta, end: section.end + delta, kind: section.kind, header, directives: section.directives.map((d) => shiftDirective(d, delta)) };
  // The name is the header's first argument: the same object, as the parser makes it.
  if (section.name) moved.name = section.name === section.header.args[0] ? header.args[0] : shiftWord(section.name, delta);
  return moved;
}
