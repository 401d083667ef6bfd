import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { ConfigId, Definition, Head, Include, LBrace, parserTokens, RBrace, Sequence, Value, type MarkedToken } from './lexer.js';

/** Blocks nested deeper than this are read flat (keepalived itself never nests more than a few levels). */
export const MAX_BLOCK_DEPTH = 64;

/**
 * The parse tree: one node per entry or block, in document order. (A Chevrotain CST would hold the
 * same information in about four times the memory and take twice as long to build; these node
 * types are declared here, next to the rules that build them.)
 */
export interface EntryNode {
  kind: 'entry';
  /** `@name` and `~SEQ(...)`/`~LST(...)` tokens, in order. */
  prefixes: IToken[] | undefined;
  definition: IToken | undefined;
  include: IToken | undefined;
  /** The keyword of a statement, and its values. */
  head: IToken | undefined;
  values: IToken[] | undefined;
  block: BlockNode | undefined;
}

export interface BlockNode {
  kind: 'block';
  open: IToken;
  items: ItemNode[];
  close: IToken | undefined;
}

/** A `}` with nothing to close (`stray`), or a brace nested too deep to be analysed (`flat`). */
export interface BraceNode {
  kind: 'stray' | 'flat';
  token: IToken;
}

/** In a list, a block is one that follows no keyword. */
export type ItemNode = EntryNode | BlockNode | BraceNode;

/**
 * keepalived.conf as Chevrotain sees it. Line ends are not tokens here: `markHeads` has retyped the
 * first word of each line as `Head` and noted the tokens that start a line, which is all the grammar
 * needs. Every token sequence is accepted: the interesting errors (an unclosed block, a stray `}`,
 * a `{` without a keyword) are alternatives of the grammar, which the model builder reports with
 * exact ranges. Recovery stays enabled as a safety net.
 *
 *   config := (entry | block | RBrace)*        (a `}` at top level closes nothing;
 *                                               a `block` here follows no keyword)
 *   entry  := (ConfigId | Sequence)+ body? | body       (prefixes and their body on one line)
 *   body   := Definition | Include | Head Value* block?  (a statement's `{` may be on a later line)
 *   block  := LBrace (entry | block | flat brace)* RBrace?
 */
export class KeepalivedGrammar extends EmbeddedActionsParser {
  /**
   * `validate` runs Chevrotain's grammar checks (ambiguities, left recursion...). They are a
   * development aid, skipped in the shipped instance; a test runs them.
   */
  constructor(options: { validate?: boolean } = {}) {
    super(parserTokens, { recoveryEnabled: true, maxLookahead: 2, skipValidations: options.validate !== true });
    this.performSelfAnalysis();
  }

  // Gates, created once.
  private readonly sameLine = (): boolean => (this.LA(1) as MarkedToken).lineStart !== true;
  private readonly notFlat = (): boolean => (this.LA(1) as MarkedToken).flat !== true;
  private readonly flat = (): boolean => (this.LA(1) as MarkedToken).flat === true;
  /** A `}` ends the block, unless it closes a flat (too deeply nested) `{`. */
  private readonly blockGoesOn = (): boolean => this.LA(1).tokenType !== RBrace || this.flat();

  public config = this.RULE('config', (): ItemNode[] => {
    const items: ItemNode[] = [];
    this.MANY(() =>
      this.OR([
        { ALT: () => items.push(this.SUBRULE(this.entry)) },
        { ALT: () => items.push(this.SUBRULE(this.block)) },
        { ALT: () => items.push({ kind: 'stray', token: this.CONSUME(RBrace) }) },
      ]),
    );
    return items;
  });

  /**
   * An entry: prefixes (`@name`, `~SEQ(...)`) and what follows them on their line, or a
   * definition, an include, or a statement (a keyword, its values and maybe a block).
   */
  private entry = this.RULE('entry', (): EntryNode => {
    return this.OR([
      {
        ALT: () => {
          const prefixes = [this.OR1([{ ALT: () => this.CONSUME(ConfigId) }, { ALT: () => this.CONSUME(Sequence) }])];
          this.MANY({
            GATE: this.sameLine,
            DEF: () => prefixes.push(this.OR2([{ ALT: () => this.CONSUME1(ConfigId) }, { ALT: () => this.CONSUME1(Sequence) }])),
          });
          const body = this.OPTION({ GATE: this.sameLine, DEF: () => this.body(2) });
          return this.ACTION(() => {
            const entry = body ?? emptyEntry();
            entry.prefixes = prefixes;
            return entry;
          });
        },
      },
      { ALT: () => this.body(3) },
    ]);
  });

  /** What an entry holds after its prefixes; `n` keeps the DSL indices of its two uses apart. */
  private body(n: 2 | 3): EntryNode {
    return this.or(n + 1, [
      { ALT: () => ({ ...emptyEntry(), definition: this.consume(n, Definition) }) },
      { ALT: () => ({ ...emptyEntry(), include: this.consume(n, Include) }) },
      {
        ALT: () => {
          const head = this.consume(n, Head);
          let values: IToken[] | undefined;
          this.many(n, () => (values ??= []).push(this.consume(n, Value)));
          const block = this.option(n, { GATE: this.notFlat, DEF: () => this.subrule(n, this.block) });
          return { ...emptyEntry(), head, values, block };
        },
      },
    ]);
  }

  private block = this.RULE('block', (): BlockNode => {
    const open = this.CONSUME(LBrace);
    const items: ItemNode[] = [];
    this.MANY({
      GATE: this.blockGoesOn,
      DEF: () =>
        this.OR([
          { ALT: () => items.push(this.SUBRULE(this.entry)) },
          { GATE: this.notFlat, ALT: () => items.push(this.SUBRULE1(this.block)), IGNORE_AMBIGUITIES: true },
          { GATE: this.flat, ALT: () => items.push({ kind: 'flat', token: this.CONSUME1(LBrace) }), IGNORE_AMBIGUITIES: true },
          { GATE: this.flat, ALT: () => items.push({ kind: 'flat', token: this.CONSUME1(RBrace) }) },
        ]),
    });
    const close = this.OPTION(() => this.CONSUME(RBrace));
    return { kind: 'block', open, items, close };
  });

  /** Parses a token vector (the parser instance is reused: only its input changes). */
  public parse(tokens: IToken[]): ItemNode[] {
    this.input = tokens;
    return this.config();
  }
}

function emptyEntry(): EntryNode {
  return { kind: 'entry', prefixes: undefined, definition: undefined, include: undefined, head: undefined, values: undefined, block: undefined };
}

/**
 * Marks the braces nested deeper than MAX_BLOCK_DEPTH (and their matching `}`) as flat, so that
 * neither the parser nor the model builder recurses without bound on hostile input.
 */
export function markFlatBraces(tokens: readonly MarkedToken[]): void {
  let depth = 0;
  const flatOpen: boolean[] = [];
  for (const token of tokens) {
    if (token.tokenType === LBrace) {
      const flat = depth >= MAX_BLOCK_DEPTH;
      flatOpen.push(flat);
      depth++;
      if (flat) token.flat = true;
    } else if (token.tokenType === RBrace && depth > 0) {
      depth--;
      if (flatOpen.pop()) token.flat = true;
    }
  }
}
