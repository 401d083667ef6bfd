import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseKeepalived } from '../../server/src/keepalived/parser.js';
import { at, parseMarked, shape } from './helpers.js';

interface ShapeCase {
  name: string;
  text: string;
  shape: string;
}

/** Valid text: the statement tree keepalived would read, and no problem at all. */
const validShapes: ShapeCase[] = [
  { name: 'a statement with values', text: 'router_id LVS_DEVEL\n', shape: 'router_id LVS_DEVEL' },
  { name: 'an empty file', text: '', shape: '' },
  { name: 'comments only, with # and !', text: '# one\n! two\n   # three\n', shape: '' },
  {
    name: 'nested blocks',
    text: 'virtual_server 10.0.0.1 80 {\n  real_server 10.0.0.2 80 {\n    HTTP_GET {\n      url {\n        path /\n      }\n    }\n  }\n}\n',
    shape: 'virtual_server 10.0.0.1 80 { real_server 10.0.0.2 80 { HTTP_GET { url { path / } } } }',
  },
  {
    name: 'a block on the same line as its keyword',
    text: 'virtual_ipaddress { 10.0.0.10 }\n',
    shape: 'virtual_ipaddress { 10.0.0.10 }',
  },
  {
    name: 'braces glued to words are split like read_line() does',
    text: 'global_defs{router_id A}\n',
    shape: 'global_defs { router_id A }',
  },
  {
    name: 'several statements and blocks on one line',
    text: 'a { b { c } d } e\n',
    shape: 'a { b { c }; d }; e',
  },
  {
    name: 'a `{` on a later line still opens the keyword’s block',
    text: 'vrrp_instance VI_1\n\n# the brace comes later\n{\n  state MASTER\n}\n',
    shape: 'vrrp_instance VI_1 { state MASTER }',
  },
  {
    name: 'a statement right after a closing brace',
    text: 'vrrp_script a {\n} vrrp_script b {\n}\n',
    shape: 'vrrp_script a {}; vrrp_script b {}',
  },
  {
    name: 'list block entries: the first word is the keyword',
    text: 'virtual_ipaddress {\n  10.0.0.10/24 dev eth0 label eth0:1\n  10.0.0.11/24\n}\n',
    shape: 'virtual_ipaddress { 10.0.0.10/24 dev eth0 label eth0:1; 10.0.0.11/24 }',
  },
  {
    name: 'quoted strings are single words; a quote also ends a plain word',
    text: 'notify "/bin/notify.sh a b" root\nabc"def ghi"jkl\n',
    shape: 'notify "/bin/notify.sh a b" root; abc "def ghi" jkl',
  },
  { name: 'braces inside quotes are not split', text: 'x "a{b}" {\n}\n', shape: 'x "a{b}" {}' },
  { name: 'single quotes do not group words', text: "script 'a b'\n", shape: "script 'a b'" },
  { name: 'a comment may follow a word, a brace or a quote', text: 'a b # c\nd { # e\n}# f\n"g"# h\n', shape: 'a b; d {}; "g"' },
  { name: '\\# and \\! are escaped comment characters', text: 'auth_pass pa\\#ss\\!\n', shape: 'auth_pass pa\\#ss\\!' },
  { name: 'CRLF line ends', text: 'global_defs {\r\n  router_id A\r\n}\r\n', shape: 'global_defs { router_id A }' },
  { name: 'no final line end', text: 'global_defs {\n  router_id A\n}', shape: 'global_defs { router_id A }' },
  { name: 'form feed and vertical tab separate words', text: 'a\fb\vc\n', shape: 'a b c' },
  { name: '${NAME} stays inside its word', text: '$X=1\nrouter_id r_${X}_1\n', shape: 'router_id r_${X}_1' },
  { name: '${_RANDOM 1 10} with its numbers stays one word', text: 'priority ${_RANDOM 1 10}\n', shape: 'priority ${_RANDOM 1 10}' },
  { name: '@name and @^name prefixes', text: '@main router_id A\n@^main router_id B\n', shape: '@main router_id A; @^main router_id B' },
  { name: 'an @ not at the start of a line is a plain word', text: 'notification_email_from a@b.c\n', shape: 'notification_email_from a@b.c' },
  { name: '@name after a brace applies to the rest of the line', text: 'global_defs { @main router_id A\n}\n', shape: 'global_defs { @main router_id A }' },
  { name: '~SEQ prefix', text: '~SEQ(i, 3) x_$i\n', shape: '~SEQ(i) x_$i' },
  { name: 'several ~SEQ prefixes and @ after one', text: '~SEQ(i,1,2) ~SEQ(j,2) @main y${i}${j}\n', shape: '@main ~SEQ(i) ~SEQ(j) y${i}${j}' },
  { name: '~LST prefix', text: '~LST({IP, IP1}, {10,1},{20,4}) 192.168.${IP}.${IP1}\n', shape: '~LST(IP,IP1) 192.168.${IP}.${IP1}' },
  { name: 'a ~SEQ line may hold a whole balanced block', text: '~SEQ(i,2) track_file f$i { file /tmp/$i }\n', shape: '~SEQ(i) track_file f$i { file /tmp/$i }' },
  { name: 'definitions and includes are not statements', text: '$X=1\ninclude /etc/keepalived/*.conf\nrouter_id $X\n', shape: 'router_id $X' },
  { name: 'a `~` line that is not ~SEQ/~LST is a statement', text: '~foo bar\n', shape: '~foo bar' },
  { name: '$NAME alone is a statement (a multi-line definition expands there)', text: '$VS= \\\nvirtual_server 1.2.3.4 80 { \\\n}\n$VS\n', shape: '$VS' },
];

describe('structure of valid text', () => {
  for (const c of validShapes) {
    test(c.name, () => {
      const result = parseKeepalived(c.text);
      assert.deepEqual(result.errors, []);
      assert.equal(shape(result.model.statements), c.shape);
      assert.equal(result.model.end, c.text.length);
    });
  }
});

describe('words and spans', () => {
  test('keyword, args and block spans are exact', () => {
    const text = 'vrrp_instance VI_1 {\n  state MASTER\n}\n';
    const [s] = parseKeepalived(text).model.statements;
    assert.ok(s);
    assert.equal(at(text, s), 'vrrp_instance VI_1 {\n  state MASTER\n}');
    assert.equal(at(text, s.keyword), 'vrrp_instance');
    assert.deepEqual(s.args.map((a) => at(text, a)), ['VI_1']);
    assert.equal(at(text, s.block!.open), '{');
    assert.equal(at(text, s.block!.close!), '}');
    assert.equal(at(text, s.block!.statements[0]!), 'state MASTER');
  });

  test('quoted word: value without quotes, raw with them', () => {
    const [s] = parseKeepalived('script "/usr/bin/check a"\n').model.statements;
    assert.deepEqual(s?.args[0], { start: 7, end: 25, raw: '"/usr/bin/check a"', value: '/usr/bin/check a', quoted: true });
  });

  test('an empty quoted string is a word', () => {
    const [s] = parseKeepalived('x ""\n').model.statements;
    assert.deepEqual(s?.args.map((a) => [a.raw, a.value]), [['""', '']]);
  });

  test('escaped comment characters: the value reads # and !', () => {
    const [s] = parseKeepalived('auth_pass a\\#b\\!c\\\\d\n').model.statements;
    assert.equal(s?.args[0]?.raw, 'a\\#b\\!c\\\\d');
    assert.equal(s?.args[0]?.value, 'a#b!c\\\\d');
  });

  test('a statement records the comment at the end of its first line', () => {
    const text = 'vrrp_instance VI_1 { # main instance\n  state MASTER ! the master\n  priority 100\n}\n';
    const { model } = parseKeepalived(text);
    const [vi] = model.statements;
    assert.equal(at(text, vi!.comment!), '# main instance');
    assert.equal(at(text, vi!.block!.statements[0]!.comment!), '! the master');
    assert.equal(vi!.block!.statements[1]!.comment, undefined);
    assert.deepEqual(model.comments.map((c) => at(text, c)), ['# main instance', '! the master']);
  });

  test('comment spans stop before the \\r of a CRLF line', () => {
    const text = 'a # c\r\n';
    assert.deepEqual(parseKeepalived(text).model.comments.map((c) => at(text, c)), ['# c']);
  });

  test('@name prefix: name, negation and span; the statement span starts at the prefix', () => {
    const text = '\t@^backup  unicast_src_ip 1.2.3.4\n';
    const [s] = parseKeepalived(text).model.statements;
    assert.deepEqual(s?.configId, { start: 1, end: 9, name: 'backup', negated: true });
    assert.equal(at(text, s!), '@^backup  unicast_src_ip 1.2.3.4');
    assert.equal(s?.keyword.raw, 'unicast_src_ip');
  });
});

describe('parameter definitions', () => {
  test('a one-line definition', () => {
    const text = '$PRIORITY=240\n';
    const { model, errors } = parseKeepalived(text);
    assert.deepEqual(errors, []);
    const [d] = model.definitions;
    assert.equal(d?.name.raw, 'PRIORITY');
    assert.equal(at(text, d!.name), 'PRIORITY');
    assert.equal(d?.value, '240');
    assert.equal(at(text, d!.valueSpan), '240');
    assert.equal(d?.multiline, false);
    assert.equal(at(text, d!), '$PRIORITY=240');
  });

  test('blanks after = are skipped; an empty value is allowed', () => {
    const { model } = parseKeepalived('$A=   x y  # c\n$B=\n');
    assert.deepEqual(model.definitions.map((d) => [d.name.raw, d.value]), [['A', 'x y'], ['B', '']]);
    assert.equal(model.comments.length, 1);
  });

  test('a prefix alone on its line does not reach the next line', () => {
    const { model, errors } = parseKeepalived('@main\n$X=1\n~SEQ(i, 3)\nrouter_id A\n@backup\ninclude x.conf\n');
    assert.equal(model.definitions[0]?.configId, undefined);
    assert.equal(shape(model.statements), 'router_id A');
    assert.equal(model.includes[0]?.configId, undefined);
    assert.equal(model.sequences.length, 1);
    assert.deepEqual(errors.map((e) => e.code), ['keepalived/empty-conditional', 'keepalived/empty-conditional']);
  });

  test('the value keeps braces and quotes; the line is not split', () => {
    const text = '$BLOCK=vrrp_script x { script "a # b" }\n';
    const { model, errors } = parseKeepalived(text);
    assert.deepEqual(errors, []);
    assert.equal(model.definitions[0]?.value, 'vrrp_script x { script "a # b" }');
    assert.deepEqual(model.statements, []);
  });

  test('@name before a definition', () => {
    const { model } = parseKeepalived('@main $PRIORITY=240\n@backup $PRIORITY=200\n');
    assert.deepEqual(model.definitions.map((d) => [d.configId?.name, d.value]), [['main', '240'], ['backup', '200']]);
  });

  test('a definition after a brace takes the rest of the line, brace included (as keepalived does)', () => {
    const text = 'global_defs { $Y=bog }\n';
    const { model } = parseKeepalived(text);
    assert.equal(model.definitions[0]?.value, 'bog }');
    assert.equal(model.statements[0]?.block?.close, undefined);
  });

  test('a multi-line definition joins its lines with \\n, without the backslashes', () => {
    const text = '$INSTANCE= \\\nvrrp_instance VI_${NUM} { \\\n    interface eth0.${NUM}   \\\n    \\\n}\nrouter_id x\n';
    const { model, errors } = parseKeepalived(text);
    assert.deepEqual(errors, []);
    const [d] = model.definitions;
    assert.equal(d?.value, 'vrrp_instance VI_${NUM} {\ninterface eth0.${NUM}\n}');
    assert.equal(d?.multiline, true);
    assert.deepEqual(d?.valueLines.map((l) => at(text, l)), ['\\', 'vrrp_instance VI_${NUM} { \\', 'interface eth0.${NUM}   \\', '\\', '}']);
    assert.equal(at(text, d!), text.slice(0, text.indexOf('\nrouter_id')));
    assert.equal(shape(model.statements), 'router_id x');
    assert.deepEqual(model.references.map((r) => [r.name, r.braced]), [['NUM', true], ['NUM', true]]);
  });

  test('an empty line ends a multi-line definition (no warning)', () => {
    const text = '$X= \\\n  router_id A \\\n\n  vrrp_version 3\n';
    const { model, errors } = parseKeepalived(text);
    assert.deepEqual(errors, []);
    assert.equal(model.definitions[0]?.value, 'router_id A\n');
    assert.equal(shape(model.statements), 'vrrp_version 3');
  });

  test('a comment line inside a multi-line definition ends it, with a warning', () => {
    parseMarked('$X= \\\n  router_id A \\\n⟦# comment⟧\n  vrrp_version 3\n', ['keepalived/definition-break']);
  });

  test('a blank (spaces only) line inside a multi-line definition ends it, with a warning', () => {
    parseMarked('$X= \\\n  router_id A \\\n⟦   ⟧\n  vrrp_version 3\n', ['keepalived/definition-break']);
  });

  test('a comment at the end of a continuation line is a comment of the file', () => {
    const text = '$X= \\\n  a \\ # first\n  b\n';
    const { model, errors } = parseKeepalived(text);
    assert.deepEqual(errors, []);
    assert.equal(model.definitions[0]?.value, 'a\nb');
    assert.deepEqual(model.comments.map((c) => at(text, c)), ['# first']);
  });
});

describe('parameter references', () => {
  const cases: { name: string; text: string; refs: string[] }[] = [
    { name: '$NAME before a blank or at the line end', text: 'a $X $Y\n', refs: ['$X', '$Y'] },
    { name: '$NAME before , or )', text: 'a $X,$Y)\n', refs: ['$X', '$Y'] },
    { name: '$NAME before a comment', text: 'a $X# c\n', refs: ['$X'] },
    { name: '$NAME followed by other text is not a reference', text: 'a $IP/24 $X.y\n', refs: [] },
    { name: 'inside quotes: "$X" is not one (the quote follows), "${X}" and "$X y" are', text: 'a "$X" "${X}" "$X y"\n', refs: ['${X}', '$X'] },
    { name: 'names start with a letter or _', text: 'a $1 $_P $ ${9}\n', refs: ['$_P'] },
    { name: 'braced, anywhere in a word', text: 'a x${A}y${B_2}\n', refs: ['${A}', '${B_2}'] },
    { name: '${_RANDOM 1 10}', text: 'a ${_RANDOM 1 10}\n', refs: ['${_RANDOM 1 10}'] },
    { name: 'in definition values', text: '$A=10.2.${B}.$C\n', refs: ['${B}', '$C'] },
    { name: 'in multi-line definition values (a line end is a boundary)', text: '$A= \\\n  $B \\\n  x$C\n', refs: ['$B', '$C'] },
    { name: 'in include patterns', text: 'include ${_PWD}/conf.d/*.conf\n', refs: ['${_PWD}'] },
    { name: 'in ~SEQ numbers and text', text: '$N=3\n~SEQ(i, $N) x$i\n', refs: ['$N', '$i'] },
    { name: 'a statement keyword', text: '$IF_MAIN priority 240\n', refs: ['$IF_MAIN'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { model } = parseKeepalived(c.text);
      assert.deepEqual(model.references.map((r) => at(c.text, r)), c.refs);
    });
  }

  test('name and braced flag', () => {
    const { model } = parseKeepalived('a ${X} $Y\n');
    assert.deepEqual(model.references, [
      { start: 2, end: 6, name: 'X', braced: true },
      { start: 7, end: 9, name: 'Y', braced: false },
    ]);
  });
});

describe('includes', () => {
  test('include and its variants; the pattern is the rest of the line, quotes kept', () => {
    const text = 'include /etc/keepalived/conf.d/*.conf\nincluder "/etc/a b.conf" # c\nincludea   x{a,b}.conf\n';
    const { model, errors } = parseKeepalived(text);
    assert.deepEqual(errors, []);
    assert.deepEqual(model.includes.map((i) => [i.keyword, i.pattern.value]), [
      ['include', '/etc/keepalived/conf.d/*.conf'],
      ['includer', '"/etc/a b.conf"'],
      ['includea', 'x{a,b}.conf'],
    ]);
    assert.equal(at(text, model.includes[1]!.pattern), '"/etc/a b.conf"');
    assert.deepEqual(model.statements, []);
  });

  test('include inside a block, and after @name', () => {
    const { model } = parseKeepalived('global_defs {\n  include a.conf\n}\n@main include b.conf\n');
    assert.deepEqual(model.includes.map((i) => [i.pattern.value, i.configId?.name]), [['a.conf', undefined], ['b.conf', 'main']]);
    assert.equal(shape(model.statements), 'global_defs {}');
  });

  test('includes is not a keyword prefix: `includes x` is a statement', () => {
    const { model } = parseKeepalived('includes x\ninclude_check readable\n');
    assert.equal(shape(model.statements), 'includes x; include_check readable');
    assert.deepEqual(model.includes, []);
  });
});

describe('sequences', () => {
  const cases: { text: string; numbers: number[]; range: [number, number, number]; hex?: boolean }[] = [
    { text: '~SEQ(i, 3) x\n', numbers: [3], range: [1, 1, 3] },
    { text: '~SEQ(i, 0) x\n', numbers: [0], range: [1, -1, 0] },
    { text: '~SEQ(i, -2) x\n', numbers: [-2], range: [-1, -1, -2] },
    { text: '~SEQ(i, 5, 2) x\n', numbers: [5, 2], range: [5, -1, 2] },
    { text: '~SEQ(i, 0, 2, 10) x\n', numbers: [0, 2, 10], range: [0, 2, 10] },
    { text: '~SEQx(i, 0x90, 0x10, 0xc0) x\n', numbers: [144, 16, 192], range: [144, 16, 192], hex: true },
    { text: '~SEQ(i, 010) x\n', numbers: [8], range: [1, 1, 8] },
    { text: '$N=4\n~SEQ(i, ${N}) x\n', numbers: [4], range: [1, 1, 4] },
  ];
  for (const c of cases) {
    test(c.text.trim().replace(/\n/g, ' / '), () => {
      const { model, errors } = parseKeepalived(c.text);
      assert.deepEqual(errors, []);
      const [seq] = model.sequences;
      assert.equal(seq?.kind, 'seq');
      assert.equal(seq?.variable, 'i');
      assert.equal(seq?.hex, c.hex ?? false);
      assert.deepEqual(seq?.numbers, c.numbers);
      assert.deepEqual(seq?.range, { start: c.range[0], step: c.range[1], end: c.range[2] });
      assert.equal(model.statements[0]?.sequences?.[0], seq);
    });
  }

  test('numbers from a parameter the file does not define are not judged', () => {
    const { model, errors } = parseKeepalived('~SEQ(i, $FROM_INCLUDE) x\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(model.sequences[0]?.numbers, []);
    assert.equal(model.sequences[0]?.range, undefined);
  });

  test('~LST values', () => {
    const { model, errors } = parseKeepalived('~LST(v, a, b) x$v\n~LST({p,q}, {1,2},{3}) y\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(model.sequences.map((s) => [s.kind, s.variables, s.values]), [
      ['lst', ['v'], [['a'], ['b']]],
      ['lst', ['p', 'q'], [['1', '2'], ['3', '']]],
    ]);
  });
});

describe('syntax errors, with exact ranges', () => {
  const cases: { name: string; source: string; codes: string[] }[] = [
    { name: 'a block left open at the end of the file points at its {', source: 'global_defs ⟦{⟧\n  router_id A\n', codes: ['keepalived/unbalanced-brace'] },
    {
      name: 'every unclosed block is reported',
      source: 'vrrp_instance A ⟦{⟧\n  virtual_ipaddress ⟦{⟧\n    10.0.0.1\n',
      codes: ['keepalived/unbalanced-brace', 'keepalived/unbalanced-brace'],
    },
    { name: 'a stray }', source: 'global_defs {\n}\n⟦}⟧\n', codes: ['keepalived/unbalanced-brace'] },
    { name: 'two stray } on one line', source: 'a {\nb }⟦}⟧ ⟦}⟧\n', codes: ['keepalived/unbalanced-brace', 'keepalived/unbalanced-brace'] },
    { name: 'a { that follows no keyword', source: '⟦{⟧\n  router_id A\n}\n', codes: ['keepalived/unexpected-brace'] },
    { name: 'a { after another {', source: 'a { ⟦{⟧ b } }\n', codes: ['keepalived/unexpected-brace'] },
    { name: 'an unterminated quote runs to the end of the line', source: 'notify ⟦"/bin/x a⟧\nrouter_id A\n', codes: ['keepalived/unterminated-quote'] },
    { name: 'an unterminated quote hides a # and a brace', source: 'a ⟦"b # c { d⟧\n', codes: ['keepalived/unterminated-quote'] },
    {
      name: '\\" does not escape for decomment(): the quote stays open',
      source: 'notify ⟦"a\\"⟧\n',
      codes: ['keepalived/unterminated-quote'],
    },
    {
      name: 'quotes are paired without escapes when keepalived splits words',
      source: 'notify "a\\" # x ⟦"b⟧\n',
      codes: ['keepalived/unterminated-quote'],
    },
    { name: '~SEQ without (', source: '⟦~SEQ i, 1) x⟧\n', codes: ['keepalived/bad-seq'] },
    { name: '~SEQ without variable', source: '⟦~SEQ(, 1) x⟧\n', codes: ['keepalived/bad-seq'] },
    { name: '~SEQ without numbers', source: '⟦~SEQ(i) x⟧\n', codes: ['keepalived/bad-seq'] },
    { name: '~SEQ without )', source: '⟦~SEQ(i, 1, 2 x⟧ # c\n', codes: ['keepalived/bad-seq'] },
    { name: '~SEQ with a word for a number', source: '⟦~SEQ(i, a)⟧ x\n', codes: ['keepalived/bad-seq'] },
    { name: '~SEQ whose step never reaches the end', source: '⟦~SEQ(i, 5, 0, 6)⟧ x\n⟦~SEQ(i, 1, -1, 6)⟧ x\n', codes: ['keepalived/bad-seq', 'keepalived/bad-seq'] },
    { name: '~SEQx with negative numbers', source: '⟦~SEQx(i, -3)⟧ x\n', codes: ['keepalived/bad-seq'] },
    { name: '~SEQ with too many numbers', source: '⟦~SEQ(i, 1, 2, 3, 4)⟧ x\n', codes: ['keepalived/bad-seq'] },
    { name: '~SEQ numbers from a parameter, judged once substituted', source: '$S=0\n⟦~SEQ(i, 1, $S, 4)⟧ x\n', codes: ['keepalived/bad-seq'] },
    { name: '~LST with a single variable and no value', source: '⟦~LST(v) x⟧\n', codes: ['keepalived/bad-seq'] },
    { name: '~LST without )', source: '⟦~LST(v, a, b x⟧\n', codes: ['keepalived/bad-seq'] },
    { name: '~LST with more values than variables', source: '⟦~LST({a,b}, {1,2,3}) x⟧\n', codes: ['keepalived/bad-seq'] },
    { name: 'a ~SEQ line whose braces do not balance', source: '⟦~SEQ(i,1,2) x {⟧\n}\n', codes: ['keepalived/bad-seq'] },
    {
      name: '~SEQ after a brace repeats the rest of the line, its } included',
      source: 'a { ⟦~SEQ(i,3) b }⟧\n',
      codes: ['keepalived/bad-seq'],
    },
    {
      name: '@name after a brace drops the rest of the line, its } included, on other hosts',
      source: 'a { ⟦@main b }⟧\n',
      codes: ['keepalived/conditional-brace'],
    },
    { name: 'a quote left open in a definition value', source: '$CHECK=⟦"/bin/check --all⟧\n', codes: ['keepalived/unterminated-quote'] },
    { name: 'a blank before = in a definition', source: '⟦$NAME =⟧ value\n', codes: ['keepalived/bad-definition'] },
    { name: 'a definition name starting with a digit', source: '⟦$1X=⟧3\n', codes: ['keepalived/bad-definition'] },
    { name: 'a definition name with a dash', source: '⟦$MY-VAR=⟧1\n', codes: ['keepalived/bad-definition'] },
    { name: 'include without a pattern', source: '⟦include⟧\n⟦includer⟧ # nothing\n', codes: ['keepalived/bad-include', 'keepalived/bad-include'] },
    {
      name: 'an include pattern swallowing a }',
      source: 'global_defs ⟦{⟧ include /etc/x.conf ⟦}⟧\n',
      codes: ['keepalived/unbalanced-brace', 'keepalived/include-brace'],
    },
    { name: 'a NUL byte', source: 'router_id A⟦\0junk⟧\n', codes: ['keepalived/nul-byte'] },
    { name: '@name with nothing after it', source: '⟦@main⟧\n⟦@^backup⟧ # only a comment\n', codes: ['keepalived/empty-conditional', 'keepalived/empty-conditional'] },
    { name: '@name glued to a comment', source: '⟦@main⟧⟦#⟧x foo\n', codes: ['keepalived/empty-conditional', 'keepalived/comment-in-word'] },
    {
      name: 'an unbalanced brace on an @name line',
      source: '⟦@main vrrp_instance A {⟧\n}\n',
      codes: ['keepalived/conditional-brace'],
    },
    { name: 'a trailing backslash outside a definition', source: 'router_id A ⟦\\⟧\n  B\n', codes: ['keepalived/stray-backslash'] },
    { name: 'a comment character inside a word', source: 'auth_pass pa⟦!⟧ss\nurl http://x/⟦#⟧top\n', codes: ['keepalived/comment-in-word', 'keepalived/comment-in-word'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      parseMarked(c.source, c.codes);
    });
  }

  test('every error is reported, not only the first, and the rest still parses', () => {
    const { model, text } = parseMarked(
      [
        '⟦}⟧',
        'global_defs {',
        '  router_id ⟦"A⟧',
        '  ⟦$X =⟧ 1',
        '}',
        '⟦~SEQ(i)⟧',
        'vrrp_instance VI_1 ⟦{⟧',
        '  state MASTER',
        '  virtual_ipaddress {',
        '    10.0.0.1/24',
        '  }',
        '',
      ].join('\n'),
      ['keepalived/unbalanced-brace', 'keepalived/unterminated-quote', 'keepalived/bad-definition', 'keepalived/bad-seq', 'keepalived/unbalanced-brace'],
    );
    assert.equal(shape(model.statements), 'global_defs { router_id "A; $X = 1 }; vrrp_instance VI_1 { state MASTER; virtual_ipaddress { 10.0.0.1/24 } …');
    assert.equal(model.statements[0]?.block?.statements[0]?.args[0]?.unterminated, true);
    assert.equal(model.end, text.length);
  });

  test('an unclosed block ends with its last statement', () => {
    const text = 'a {\n  b c\n\n';
    const [s] = parseKeepalived(text).model.statements;
    assert.equal(at(text, s!), 'a {\n  b c');
  });

  test('a loose { keeps its contents at the current level', () => {
    const { model } = parseKeepalived('global_defs {\n  {\n    router_id A\n  }\n}\n');
    assert.equal(shape(model.statements), 'global_defs { router_id A }');
  });
});

describe('quick fixes', () => {
  const cases: { name: string; text: string; code: string; fixed: string }[] = [
    { name: 'escape a comment character inside a word', text: 'auth_pass pa!ss\n', code: 'keepalived/comment-in-word', fixed: 'auth_pass pa\\!ss\n' },
    { name: 'remove the blank before = of a definition', text: '$PRIO  = 100\n', code: 'keepalived/bad-definition', fixed: '$PRIO= 100\n' },
    { name: 'remove a trailing backslash', text: 'router_id A \\\n', code: 'keepalived/stray-backslash', fixed: 'router_id A \n' },
    { name: 'move a brace out of an include line', text: 'global_defs {\n  include /etc/x.conf }\n', code: 'keepalived/include-brace', fixed: 'global_defs {\n  include /etc/x.conf\n}\n' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const problem = parseKeepalived(c.text).errors.find((e) => e.code === c.code);
      const fix = problem?.fixes?.[0];
      assert.ok(fix, `no fix for ${c.code}`);
      let fixed = c.text;
      for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, edit.start) + edit.newText + fixed.slice(edit.end);
      assert.equal(fixed, c.fixed);
      assert.deepEqual(parseKeepalived(fixed).errors, []);
    });
  }
});

describe('line length', () => {
  test('a line of 1022 bytes is fine, 1023 is not', () => {
    assert.deepEqual(parseKeepalived('x' + 'y'.repeat(1021) + '\n').errors, []);
    parseMarked('x' + 'y'.repeat(1021) + '⟦z⟧\n', ['keepalived/line-too-long']);
  });

  test('the limit counts UTF-8 bytes; the range starts where keepalived cuts the line', () => {
    // 340 three-byte characters = 1020 bytes, then "abc" fills the 1023 bytes of the first read.
    parseMarked('€'.repeat(340) + 'abc⟦ d⟧\n', ['keepalived/line-too-long']);
  });
});
