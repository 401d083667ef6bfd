import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Span } from '../common/span.js';
import type { ConditionalDirective, HaproxyConfig } from '../haproxy/model.js';
import type { KStatement } from '../keepalived/model.js';
import type { Analysis } from '../service/analysis.js';

/** Folds sections (haproxy), blocks (keepalived), `.if` blocks and runs of whole-line comments. */
export function foldingRanges(document: TextDocument, analysis: Analysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const line = (offset: number): number => document.positionAt(offset).line;

  if (analysis.language === 'haproxy') {
    const config = analysis.parse.model;
    for (const section of config.sections) {
      const last = section.directives.at(-1);
      if (last) add(line(section.start), line(last.end));
    }
    for (const [open, close] of conditionalPairs(config)) add(line(open.start), line(close.start) - 1);
  } else {
    const visit = (statements: readonly KStatement[]): void => {
      for (const statement of statements) {
        const block = statement.block;
        if (!block) continue;
        if (block.close) add(line(statement.start), line(block.close.start) - 1);
        visit(block.statements);
      }
    };
    visit(analysis.parse.model.statements);
  }
  for (const [first, last] of commentRuns(document, analysis.parse.model.comments)) {
    add(first, last, FoldingRangeKind.Comment);
  }
  return ranges;
}

/** Pairs each `.if` (or `.elif`/`.else`) with the next directive of the same block. */
function conditionalPairs(config: HaproxyConfig): Array<[ConditionalDirective, ConditionalDirective]> {
  const pairs: Array<[ConditionalDirective, ConditionalDirective]> = [];
  const open: ConditionalDirective[] = [];
  for (const directive of config.conditionals) {
    const word = directive.keyword.value;
    if (word === '.if') open.push(directive);
    else if (word === '.elif' || word === '.else' || word === '.endif') {
      const start = open.pop();
      if (start) pairs.push([start, directive]);
      if (word !== '.endif') open.push(directive);
    }
  }
  return pairs;
}

/** Consecutive lines that hold nothing but a comment, as [firstLine, lastLine]. */
function commentRuns(document: TextDocument, comments: readonly Span[]): Array<[number, number]> {
  const text = document.getText();
  const runs: Array<[number, number]> = [];
  let run: [number, number] | undefined;
  for (const comment of comments) {
    const position = document.positionAt(comment.start);
    const lineStart = comment.start - position.character;
    if (text.slice(lineStart, comment.start).trim() !== '') continue; // a trailing comment
    if (run && position.line === run[1] + 1) run[1] = position.line;
    else {
      if (run) runs.push(run);
      run = [position.line, position.line];
    }
  }
  if (run) runs.push(run);
  return runs;
}
