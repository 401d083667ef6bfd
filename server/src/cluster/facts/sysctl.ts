import type { Span } from '../../common/span.js';

/** One `key = value` line of a sysctl.d file. */
export interface SysctlSetting {
  /** With `/` read as `.` (`net/ipv4/ip_forward` is `net.ipv4.ip_forward`). */
  key: string;
  value: string;
  keySpan: Span;
  /** Empty (start = end) when the value is missing. */
  valueSpan: Span;
  line: Span;
}

export interface SysctlFacts {
  /** In file order; when a key appears twice the last line wins, as with `sysctl -p`. */
  settings: SysctlSetting[];
  comments: Span[];
  /** The first line holding a setting or text, for problems about something the file lacks. */
  firstLine: Span;
}

/** Reads a sysctl.conf / sysctl.d file: `key = value`, comments starting with `#` or `;`. */
export function sysctlFacts(text: string): SysctlFacts {
  const settings: SysctlSetting[] = [];
  const comments: Span[] = [];
  let firstLine: Span | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEndOffset = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEndOffset).replace(/\r$/, '');
    const content = line.trimStart();
    const indent = line.length - content.length;
    if (content !== '') firstLine ??= { start: lineStart + indent, end: lineStart + line.length };
    if (content.startsWith('#') || content.startsWith(';')) {
      comments.push({ start: lineStart + indent, end: lineStart + line.length });
    } else if (content !== '') {
      // A leading `-` means "ignore errors for this key"; it is not part of the key.
      const dash = content.startsWith('-') ? 1 : 0;
      const equals = content.indexOf('=');
      const rawKey = (equals < 0 ? content : content.slice(0, equals)).slice(dash);
      const key = rawKey.trim();
      const keyStart = lineStart + indent + dash + (rawKey.length - rawKey.trimStart().length);
      let valueSpan: Span = { start: lineStart + line.length, end: lineStart + line.length };
      let value = '';
      if (equals >= 0) {
        const rawValue = content.slice(equals + 1);
        value = rawValue.trim();
        const valueStart = lineStart + indent + equals + 1 + (rawValue.length - rawValue.trimStart().length);
        valueSpan = { start: valueStart, end: valueStart + value.length };
      }
      settings.push({
        key: key.replace(/\//g, '.'),
        value,
        keySpan: { start: keyStart, end: keyStart + key.length },
        valueSpan,
        line: { start: lineStart + indent, end: lineStart + line.length },
      });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return { settings, comments, firstLine: firstLine ?? { start: 0, end: 0 } };
}

/** The setting that applies for a key: the last line naming it. */
export function sysctlSetting(facts: SysctlFacts, key: string): SysctlSetting | undefined {
  for (let i = facts.settings.length - 1; i >= 0; i--) if (facts.settings[i]!.key === key) return facts.settings[i];
  return undefined;
}
