import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../common/span.js';
import { SECTION_KINDS } from '../haproxy/model.js';
import type { Analysis } from '../service/analysis.js';

/**
 * Formatting that only ever touches the whitespace around a line, never inside it: each line gets
 * the indentation of its level (haproxy: section headers at column 0, their bodies one level in;
 * keepalived: one level per enclosing block) and loses trailing blanks; blank lines, comments and
 * the spacing between words (alignment) are kept. Lines with a syntax error, and the continuation
 * lines of keepalived's multi-line definitions, are left exactly as they are. Idempotent.
 */
export function formatDocument(document: TextDocument, analysis: Analysis, options: FormattingOptions, range?: Range): TextEdit[] {
  const text = document.getText();
  const unit = options.insertSpaces === false ? '\t' : ' '.repeat(Math.max(1, Math.min(options.tabSize || 4, 8)));
  const lines = splitLines(text);
  const levels = analysis.language === 'haproxy' ? haproxyLevels(lines) : keepalivedLevels(lines);
  // A missing final newline is the one syntax error formatting repairs (below); the others freeze their line.
  const broken = brokenLines(lines, analysis.parse.errors.filter((e) => e.code !== 'haproxy/missing-final-newline'));
  const firstLine = range ? range.start.line : 0;
  const lastLine = range ? range.end.line : lines.length - 1;
  const edits: TextEdit[] = [];
  lines.forEach((line, index) => {
    if (index < firstLine || index > lastLine || broken.has(index)) return;
    const level = levels[index];
    const content = line.text.trim();
    let wanted: string;
    if (content === '') wanted = '';
    else if (level === undefined) return; // a line we must not move (continuation)
    else wanted = unit.repeat(level) + trimEndKeepingEscapes(line.text.trimStart());
    if (wanted !== line.text) {
      edits.push({
        range: { start: document.positionAt(line.start), end: document.positionAt(line.start + line.text.length) },
        newText: wanted,
      });
    }
  });
  // HAProxy rejects a file whose last line has no line break.
  if (!range && analysis.language === 'haproxy' && text.length > 0 && !text.endsWith('\n')) {
    const end = document.positionAt(text.length);
    edits.push({ range: { start: end, end }, newText: '\n' });
  }
  return edits;
}

interface Line extends Span {
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** Trailing blanks go, unless a backslash escapes the last one (it is part of a word then). */
function trimEndKeepingEscapes(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('\\') && trimmed.length < text.length ? trimmed + text[trimmed.length]! : trimmed;
}

function brokenLines(lines: readonly Line[], errors: readonly Span[]): Set<number> {
  const broken = new Set<number>();
  let index = 0;
  for (const error of [...errors].sort((a, b) => a.start - b.start)) {
    while (index < lines.length - 1 && lines[index]!.end < error.start && lines[index + 1]!.start <= error.start) index++;
    for (let i = index; i < lines.length && lines[i]!.start <= Math.max(error.end - 1, error.start); i++) broken.add(i);
  }
  return broken;
}

const SECTION_WORDS = new Set<string>(SECTION_KINDS);

/** haproxy: headers at 0, everything inside a section at 1; comments follow the next line's level. */
function haproxyLevels(lines: readonly Line[]): Array<number | undefined> {
  const levels: Array<number | undefined> = [];
  let inSection = false;
  for (const line of lines) {
    const first = /^\s*(\S+)/.exec(line.text)?.[1];
    if (first === undefined || first.startsWith('#')) levels.push(undefined);
    else if (SECTION_WORDS.has(first)) {
      inSection = true;
      levels.push(0);
    } else levels.push(inSection ? 1 : 0);
  }
  return commentsFollowNext(lines, levels);
}

/** keepalived: one level per enclosing block; a line starting with `}` closes its level first. */
function keepalivedLevels(lines: readonly Line[]): Array<number | undefined> {
  const levels: Array<number | undefined> = [];
  let depth = 0;
  let continuation = false;
  for (const line of lines) {
    const code = stripKeepalivedComment(line.text);
    const trimmed = code.trim();
    if (continuation) {
      levels.push(undefined); // inside a multi-line $NAME= definition: leave it alone
      continuation = code.trimEnd().endsWith('\\');
      continue;
    }
    continuation = /^\s*\$[A-Za-z_][A-Za-z0-9_]*=/.test(code) && code.trimEnd().endsWith('\\');
    if (trimmed === '') {
      levels.push(undefined);
      continue;
    }
    const opens = count(code, '{');
    const closes = count(code, '}');
    const leadingCloses = /^\}+/.exec(trimmed)?.[0].length ?? 0;
    levels.push(Math.max(0, depth - leadingCloses));
    depth = Math.max(0, depth + opens - closes);
  }
  // A comment just before a closing brace belongs inside the block.
  return commentsFollowNext(lines, levels, (i) => (/^\s*\}/.test(lines[i]!.text) ? 1 : 0));
}

/** Removes a `#`/`!` comment outside quotes (a backslash escapes the next character, as keepalived reads it). */
function stripKeepalivedComment(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '#' || c === '!')) return text.slice(0, i);
  }
  return text;
}

function count(code: string, brace: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === brace) n++;
  }
  return n;
}

/** Whole-line comments take the level of the next line that holds code (or the previous one at the end). */
function commentsFollowNext(
  lines: readonly Line[],
  levels: Array<number | undefined>,
  extraBefore: (lineIndex: number) => number = () => 0,
): Array<number | undefined> {
  const result = [...levels];
  let next: number | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const trimmed = lines[i]!.text.trim();
    if (trimmed === '') continue;
    const isComment = trimmed.startsWith('#') || trimmed.startsWith('!');
    if (isComment && levels[i] === undefined) result[i] = next ?? previousLevel(levels, i);
    else if (levels[i] !== undefined) next = levels[i]! + extraBefore(i);
  }
  return result;
}

function previousLevel(levels: ReadonlyArray<number | undefined>, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (levels[i] !== undefined) return levels[i]!;
  return 0;
}
