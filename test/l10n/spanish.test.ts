import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codes } from '../../server/src/codes.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doComplete } from '../../server/src/features/completion.js';
import { keywordMarkdown } from '../../server/src/features/hover.js';
import { analyze } from '../../server/src/service/analysis.js';
import { keepalivedKeywordMarkdown } from '../../server/src/features/keepalivedHelp.js';
import { allFamilies, keywordsOf } from '../../server/src/haproxy/catalogue/index.js';
import { allKeywords } from '../../server/src/keepalived/catalogue/index.js';
import {
  environmentLocale,
  localeFromTag,
  localizeProblem,
  localizeProblemMessage,
  serverLocale,
  spanishChrome,
  spanishProblemMessage,
  spanishRelatedMessage,
  spanishTitle,
} from '../../server/src/l10n/index.js';
import { spanishMessages } from '../../server/src/l10n/es/index.js';
import { collectTexts } from '../helpers/messages.js';
import { scaffoldCluster, type ClusterAnswers } from '../../server/src/cluster/scaffold.js';
import { localizeAnswerErrors, spanishAnswerError } from '../../server/src/l10n/index.js';

describe('l10n: choosing the language', () => {
  it('reads es, es-ES, es_AR.UTF-8 as Spanish and any other tag as English', () => {
    assert.deepEqual(
      ['es', 'es-ES', 'ES', 'es_AR.UTF-8', 'es@euro', 'en', 'en-US', 'de', 'esperanto', 'C.UTF-8', '', undefined, 42].map(localeFromTag),
      ['es', 'es', 'es', 'es', 'es', 'en', 'en', 'en', 'en', 'en', undefined, undefined, undefined],
    );
  });
  it('lets initializationOptions.locale override the locale of the initialize request', () => {
    assert.equal(serverLocale({ locale: 'es' }), 'es');
    assert.equal(serverLocale({ locale: 'es-ES', initializationOptions: { locale: 'en' } }), 'en');
    assert.equal(serverLocale({ locale: 'en', initializationOptions: { locale: 'es' } }), 'es');
    assert.equal(serverLocale({ initializationOptions: { settings: {} } }), 'en');
    assert.equal(serverLocale({}), 'en');
  });
  it('reads the CLI locale from LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(environmentLocale({ LANG: 'es_ES.UTF-8' }), 'es');
    assert.equal(environmentLocale({ LC_ALL: 'C', LANG: 'es_ES.UTF-8' }), 'en');
    assert.equal(environmentLocale({ LC_MESSAGES: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' }), 'es');
    assert.equal(environmentLocale({ LC_ALL: '', LANG: 'es' }), 'es');
    assert.equal(environmentLocale({}), 'en');
  });
});

describe('l10n: Spanish messages', () => {
  it('has at least one Spanish pattern for every code of the registry', () => {
    const missing = Object.keys(codes).filter((code) => (spanishMessages[code] ?? []).length === 0);
    assert.deepEqual(missing, []);
    const unknown = Object.keys(spanishMessages).filter((code) => !(code in codes));
    assert.deepEqual(unknown, [], 'tables for codes the registry does not have');
  });

  it('keeps names and values, and translates the did-you-mean suffix', () => {
    assert.equal(
      localizeProblemMessage('haproxy/unknown-keyword', "unknown keyword 'tiemout' in 'defaults' section; did you mean 'timeout'?", 'es'),
      "palabra clave desconocida 'tiemout' en la sección 'defaults'; ¿quería decir 'timeout'?",
    );
    assert.equal(
      localizeProblemMessage('keepalived/undefined-reference', "no vrrp_script named 'chk_hap': keepalived ignores this entry; did you mean 'chk_haproxy' or 'chk_http'?", 'es'),
      "no hay ningún vrrp_script con el nombre 'chk_hap': keepalived ignora esta entrada; ¿quería decir 'chk_haproxy' o 'chk_http'?",
    );
  });

  it('joins lists of blocks the Spanish way', () => {
    assert.equal(
      localizeProblemMessage('keepalived/wrong-block', "'track_script' belongs in vrrp_instance, vrrp_sync_group, not in the top level", 'es'),
      "'track_script' va en vrrp_instance o vrrp_sync_group, no en el nivel superior",
    );
    assert.equal(
      localizeProblemMessage('keepalived/wrong-block', "'weight' belongs in a, b, c and 4 more, not in vrrp_instance", 'es'),
      "'weight' va en a, b, c y 4 más, no en vrrp_instance",
    );
  });

  it('translates a reason inside a message with the shared value reasons', () => {
    assert.equal(
      localizeProblemMessage('haproxy/invalid-value', "'30x' is not a time: use a whole number with an optional unit (us, ms, s, m, h, d) (timeout client <timeout>)", 'es'),
      "'30x' no es un tiempo: escriba un número entero con una unidad opcional (us, ms, s, m, h, d) (timeout client <timeout>)",
    );
    assert.equal(localizeProblemMessage('keepalived/invalid-value', "priority: '300' is out of range: it must be from 1 to 255", 'es'), "priority: '300' está fuera de rango: debe estar entre 1 y 255");
  });

  it('falls back to the whole English message when a message, or a part of it, has no translation', () => {
    assert.equal(localizeProblemMessage('haproxy/syntax', 'something no pattern knows', 'es'), 'something no pattern knows');
    assert.equal(spanishProblemMessage('haproxy/invalid-value', 'server: a reason nobody wrote a pattern for'), undefined);
    assert.equal(localizeProblemMessage('haproxy/invalid-value', 'server: a reason nobody wrote a pattern for', 'es'), 'server: a reason nobody wrote a pattern for');
    assert.equal(localizeProblemMessage('no/such-code', 'anything', 'es'), 'anything');
  });

  it('leaves English messages alone for the English locale', () => {
    const message = "unknown keyword 'tiemout' in 'defaults' section; did you mean 'timeout'?";
    assert.equal(localizeProblemMessage('haproxy/unknown-keyword', message, 'en'), message);
    const problem = { code: 'haproxy/duplicate-server', message: "another server named 'a' is already defined in this backend", start: 0, end: 1 };
    assert.equal(localizeProblem(problem, 'en'), problem);
  });

  it('translates the fix titles and related messages of a problem, and keeps everything else', () => {
    const problem = {
      code: 'haproxy/duplicate-cookie',
      message: "cookie value 'A' is already used by another server of this backend; persistence cannot tell them apart",
      start: 3,
      end: 4,
      data: { kind: 'cookie' },
      fixes: [{ title: "Change to 'B'", edits: [{ start: 3, end: 4, newText: 'B' }] }],
      related: [{ start: 0, end: 1, message: 'first use of this cookie value' }],
    };
    assert.deepEqual(localizeProblem(problem, 'es'), {
      ...problem,
      message: "otro server de este backend ya usa el valor de cookie 'A'; la persistencia no puede distinguirlos",
      fixes: [{ title: "Cambiar a 'B'", edits: [{ start: 3, end: 4, newText: 'B' }] }],
      related: [{ start: 0, end: 1, message: 'primer uso de este valor de cookie' }],
    });
  });

  it('writes the headings of every catalogue keyword hover in Spanish (the documentation stays English)', () => {
    const chrome = /^\*\*[^*]+\*\* \((in |bind option|server option)|^((Available|Deprecated) since (HAProxy|keepalived)|Removed in (HAProxy|keepalived)|Not in (HAProxy|keepalived)|Only in builds|Default:|Example:|Values:|Range:)|^\[(HAProxy \S+|keepalived\.conf) reference\]/;
    const english: string[] = [];
    let hovers = 0;
    for (const family of allFamilies()) {
      for (const keyword of keywordsOf(family).values()) {
        for (const version of ['1.4', '2.6', '3.2'] as const) {
          hovers++;
          for (const part of keywordMarkdown(keyword, version, 'es').split('\n\n')) if (chrome.test(part)) english.push(`${family}/${keyword.name}@${version}: ${part.split('\n')[0]}`);
        }
      }
    }
    for (const keyword of allKeywords()) {
      for (const version of ['2.0.0', '2.2.7', '2.3.4'] as const) {
        hovers++;
        for (const part of keepalivedKeywordMarkdown(keyword, version, 'es').split('\n\n')) if (chrome.test(part)) english.push(`${keyword.path.join('>')}@${version}: ${part.split('\n')[0]}`);
      }
    }
    assert.ok(hovers > 3000, `only ${hovers} hovers built`);
    assert.deepEqual(english.slice(0, 20), [], `${english.length} hover headings left in English`);
    assert.equal(spanishChrome('Default: 2s'), 'Por defecto: 2s');
  });
});

describe('l10n: completion details', () => {
  const details = (language: 'haproxy' | 'keepalived', text: string, locale: 'es' | 'en'): Set<string | undefined> => {
    const document = TextDocument.create(`file:///x.${language}`, language, 1, text);
    return new Set(doComplete(document, analyze(language, text), document.positionAt(text.length), { locale }).map((item) => item.detail));
  };
  it('names sections, algorithms and the top level in Spanish, and leaves keyword syntax alone', () => {
    assert.deepEqual(details('haproxy', '', 'es'), new Set(['sección']));
    assert.deepEqual(details('haproxy', '', 'en'), new Set(['section']));
    assert.deepEqual(details('haproxy', 'backend b\n    balance ', 'es'), new Set(['algoritmo de balance']));
    assert.ok(details('keepalived', '', 'es').has('el nivel superior'));
    assert.ok(details('haproxy', 'defaults\n    ', 'es').has('timeout client <timeout>'));
  });
});

describe('l10n: every message the checkers produce on the test inputs has Spanish', () => {
  const collected = collectTexts();
  const count = (map: Map<string, Map<string, string>>): number => [...map.values()].reduce((n, m) => n + m.size, 0);

  it('collects enough to mean something', (t) => {
    if (collected.corpusMissing) return t.skip(collected.corpusMissing);
    assert.ok(collected.inputs > 10_000, `only ${collected.inputs} inputs`);
    assert.ok(count(collected.messages) > 3500, `only ${count(collected.messages)} distinct messages`);
    assert.ok(collected.messages.size >= 112, `only ${collected.messages.size} distinct codes`);
  });

  it('translates every distinct (code, message)', () => {
    const unmatched: string[] = [];
    for (const [code, messages] of collected.messages) {
      for (const [message, origin] of messages) if (spanishProblemMessage(code, message) === undefined) unmatched.push(`${code}: ${message}   [${origin}]`);
    }
    assert.deepEqual(unmatched, [], `${unmatched.length} of ${count(collected.messages)} messages have no Spanish:\n${unmatched.join('\n')}`);
  });

  it('translates every quick-fix title and related message', () => {
    const unmatched = [
      ...[...collected.titles].filter(([title]) => spanishTitle(title) === undefined).map(([title, origin]) => `title: ${title}   [${origin}]`),
      ...[...collected.related].filter(([message]) => spanishRelatedMessage(message) === undefined).map(([message, origin]) => `related: ${message}   [${origin}]`),
    ];
    assert.deepEqual(unmatched, []);
  });

  it("keeps every quoted name and value of the English message in the Spanish one", () => {
    const lost: string[] = [];
    for (const [code, messages] of collected.messages) {
      for (const [message] of messages) {
        const spanish = spanishProblemMessage(code, message) ?? '';
        // 'x' and `x`, but not the apostrophe of "server1's".
        for (const [, single, back] of message.matchAll(/(?<![A-Za-z])'([^']+)'(?![A-Za-z])|`([^`]+)`/g)) {
          const kept = single ?? back!;
          if (!spanish.includes(kept)) lost.push(`${code}: ${kept} lost in ${spanish}`);
        }
      }
    }
    assert.deepEqual(lost, []);
  });
});

describe('l10n: the answers "New HA cluster" refuses, in Spanish', () => {
  /** Wrong values for each question, enough to make every refusal of scaffold.ts. */
  const WRONG: Partial<Record<keyof ClusterAnswers & string, string[]>> = {
    name: ['../etc'],
    vip: ['10.0.0.300', '10.0.0.10/31'],
    loadBalancers: [
      'server1=10.0.0.1',
      'server1 10.0.0.1, server2=10.0.0.2',
      'server1=10.0.0.1:22, server2=10.0.0.2',
      'server1=10.0.0.1, server1=10.0.0.2',
      'server1=10.0.0.1, server2=10.0.0.10',
      'server1=10.0.0.1, server2=10.0.1.2',
      'server1=10.0.0.1, server2=10.0.0.x',
      'a=10.0.0.1, b=10.0.0.2, c=10.0.0.3, d=10.0.0.4, e=10.0.0.5, f=10.0.0.6, g=10.0.0.7, h=10.0.0.8, i=10.0.0.9',
    ],
    webServers: ['', 'web1=10.0.0.100:70000', 'web/1=10.0.0.100', 'web1=10.0.0.100, web1=10.0.0.200', 'web1=10.0.0.10'],
    interface: ['eth 0'],
    virtualRouterId: ['256'],
    checkUri: ['check.txt'],
    haproxyVersion: ['1.8'],
    keepalivedVersion: ['1.4'],
    authPass: ['much-too-long'],
    statsPassword: ['short'],
  };

  it('translates every refusal, keeping the values the user typed', () => {
    const seen = new Map<string, string>();
    for (const [field, values] of Object.entries(WRONG)) {
      for (const value of values) {
        for (const error of scaffoldCluster({ authPass: 'pass1234', statsPassword: 'long-enough-1', [field]: value }).errors) seen.set(error.message, `${field}=${value}`);
      }
    }
    assert.ok(seen.size >= 20, `only ${seen.size} distinct refusals: ${[...seen.keys()].join(' | ')}`);
    const untranslated = [...seen].filter(([message]) => spanishAnswerError(message) === undefined).map(([message, origin]) => `${message}   [${origin}]`);
    assert.deepEqual(untranslated, []);
    const result = scaffoldCluster({ authPass: 'pass1234', statsPassword: 'long-enough-1', loadBalancers: 'server1=10.0.0.1, server2=10.0.1.2' });
    assert.deepEqual(localizeAnswerErrors(result, 'es').errors, [
      { field: 'loadBalancers', message: 'la dirección 10.0.1.2 de server2 no está en la red /24 de la IP virtual: no podría llevar la IP virtual' },
    ]);
    assert.equal(localizeAnswerErrors(result, 'en'), result);
  });
});
