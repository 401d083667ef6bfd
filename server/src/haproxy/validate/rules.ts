import type { Problem } from '../../common/span.js';
import type { Section } from '../model.js';
import { actionName } from '../resolve.js';

/** Actions that end the evaluation of their rule set: nothing after an unconditional one runs. */
const FINAL_ACTIONS: Record<string, ReadonlySet<string>> = {
  'http-request': new Set(['allow', 'deny', 'tarpit', 'auth', 'redirect', 'return', 'silent-drop', 'reject']),
  'http-response': new Set(['allow', 'deny', 'redirect', 'return', 'silent-drop']),
  'http-after-response': new Set(['allow']),
  'tcp-request connection': new Set(['accept', 'reject', 'silent-drop']),
  'tcp-request session': new Set(['accept', 'reject', 'silent-drop']),
  'tcp-request content': new Set(['accept', 'reject', 'silent-drop', 'switch-mode']),
  'tcp-response content': new Set(['accept', 'reject', 'close', 'silent-drop']),
};

/** Rules written where they can never take effect: after an unconditional final action, or a frontend with no `bind`. */
export function checkRules(section: Section, problems: Problem[]): void {
  const stoppedBy = new Map<string, { start: number; end: number; action: string }>();
  for (const directive of section.directives) {
    const keyword = directive.keyword.value;
    if (!keyword.startsWith('http-') && !keyword.startsWith('tcp-')) continue;
    const twoWord = keyword.startsWith('tcp-') && directive.args[0] ? `${keyword} ${directive.args[0].value}` : keyword;
    const final = FINAL_ACTIONS[twoWord];
    if (!final) continue;
    const actionWord = keyword.startsWith('tcp-') ? directive.args[1] : directive.args[0];
    if (!actionWord) continue;
    const earlier = stoppedBy.get(twoWord);
    if (earlier) {
      problems.push({
        code: 'haproxy/unreachable-rule',
        message: `this ${twoWord} rule never runs: the earlier unconditional '${earlier.action}' ends the rule set`,
        start: directive.start,
        end: directive.end,
        related: [{ start: earlier.start, end: earlier.end, message: 'the rule that always stops here' }],
      });
      continue;
    }
    const action = actionName(actionWord.value);
    if (final.has(action) && !directive.condition) {
      stoppedBy.set(twoWord, { start: directive.start, end: directive.end, action });
    }
  }
  if (section.kind === 'frontend' && !section.directives.some((d) => d.keyword.value === 'bind')) {
    const anchor = section.name ?? section.header.keyword;
    problems.push({
      code: 'haproxy/frontend-without-bind',
      message: `frontend '${section.name?.value ?? ''}' has no 'bind' line, so it never receives a connection`,
      start: anchor.start,
      end: anchor.end,
    });
  }
}
