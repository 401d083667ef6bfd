/**
 * Test fixtures mark ranges with `«` and `»` and cursors with `|`, on any line. `parseMarked`
 * removes the markers and returns the clean text with the offsets they stood at.
 */
export interface Marked {
  text: string;
  ranges: Array<{ start: number; end: number }>;
  cursors: number[];
}

export function parseMarked(marked: string): Marked {
  let text = '';
  const ranges: Array<{ start: number; end: number }> = [];
  const cursors: number[] = [];
  const open: number[] = [];
  for (const char of marked) {
    if (char === '«') open.push(text.length);
    else if (char === '»') {
      const start = open.pop();
      if (start === undefined) throw new Error('» without «');
      ranges.push({ start, end: text.length });
    } else if (char === '|') cursors.push(text.length);
    else text += char;
  }
  if (open.length > 0) throw new Error('« without »');
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, ranges, cursors };
}

/** Joins lines with `\n` and ends the text with one, as real config files do. */
export function lines(...content: string[]): string {
  return `${content.join('\n')}\n`;
}
