import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { LspTestClient } from '../helpers/lsp-client.js';

const seed = [
  'global',
  '    daemon',
  'defaults',
  '    mode http',
  '    contimeout  5000',
  'listen proyectointegrado *:80',
  '    balance roundrobin',
  '    server webA 10.0.0.100:80 cookie A check',
  '',
].join('\n');

const uri = 'file:///l10n/haproxy/seed.cfg';

/** A server started with a locale (and maybe initializationOptions), with the seed open. */
async function started(locale: string | undefined, initializationOptions: Record<string, unknown> = {}): Promise<{ client: LspTestClient; diagnostics: Diagnostic[] }> {
  const client = new LspTestClient();
  await client.initialize({ settings: { haproxy: { version: '2.6' } }, ...initializationOptions }, null, locale);
  await client.open(uri, 'haproxy', seed);
  return { client, diagnostics: await client.diagnosticsFor(uri) };
}

describe('the server speaks Spanish when the editor does', () => {
  const clients: LspTestClient[] = [];
  let english: Diagnostic[];
  let spanish: Diagnostic[];
  let spanishClient: LspTestClient;
  before(async () => {
    const en = await started('en');
    const es = await started('es-ES');
    clients.push(en.client, es.client);
    english = en.diagnostics;
    spanish = es.diagnostics;
    spanishClient = es.client;
  });
  after(async () => {
    for (const client of clients) await client.close();
  });

  it('sends the same diagnostics (codes, ranges, severities, fixes) with Spanish messages', () => {
    assert.equal(english.length, 2);
    const shape = (d: Diagnostic) => [d.code, d.range, d.severity, d.source];
    assert.deepEqual(spanish.map(shape), english.map(shape));
    assert.deepEqual(
      english.map((d) => d.message),
      ["'contimeout' was removed in HAProxy 2.1; use 'timeout connect' instead", "put the listening address on a 'bind' line: HAProxy 1.5 and later reject '*:80' here"],
    );
    assert.deepEqual(
      spanish.map((d) => d.message),
      ["'contimeout' se eliminó en HAProxy 2.1; use 'timeout connect' en su lugar", "ponga la dirección de escucha en una línea 'bind': HAProxy 1.5 y posteriores rechazan '*:80' aquí"],
    );
  });

  it('titles the quick fix and "Modernize configuration" in Spanish, with the same edits', async () => {
    const actions = await spanishClient.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: spanish[0]!.range,
      context: { diagnostics: [spanish[0]!] },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ["Sustituir 'contimeout' por 'timeout connect'", 'Modernizar la configuración (aplicar todas las correcciones de palabras clave antiguas)'],
    );
    const edit = actions[0]!.edit!.changes![uri]!;
    assert.deepEqual(edit.map((e) => e.newText), ['timeout connect']);
  });

  it('writes the hover headings in Spanish and keeps the documentation', async () => {
    const hover = await spanishClient.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 6 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*balance\*\* \(en defaults, listen, backend\)/);
    assert.match(value, /\n\nDisponible desde HAProxy 1\.4 o antes\.\n\n/);
    assert.match(value, /\n\nEjemplo:\n```haproxy\n/);
    assert.match(value, /\[Referencia de HAProxy 2\.6\]\(https:\/\/docs\.haproxy\.org\/2\.6\//);
  });

  it('answers the "New HA cluster" questions with Spanish refusals', async () => {
    const wrong = await spanishClient.request<{ files: unknown[]; errors: Array<{ field: string; message: string }> }>('workspace/executeCommand', {
      command: 'haproxyKeepalived.scaffoldCluster',
      arguments: [{ vip: '10.0.0.10/24', loadBalancers: 'lb1=10.0.0.1', virtualRouterId: '300' }],
    });
    assert.deepEqual(wrong.errors, [
      { field: 'loadBalancers', message: 'una pareja de alta disponibilidad necesita al menos dos balanceadores de carga' },
      { field: 'virtualRouterId', message: "virtual_router_id debe estar entre 1 y 255, no '300'" },
    ]);
  });

  it('lets initializationOptions.locale override the editor language', async () => {
    const overridden = await started('es', { locale: 'en' });
    clients.push(overridden.client);
    assert.deepEqual(overridden.diagnostics.map((d) => d.message), english.map((d) => d.message));
    const chosen = await started(undefined, { locale: 'es' });
    clients.push(chosen.client);
    assert.deepEqual(chosen.diagnostics.map((d) => d.message), spanish.map((d) => d.message));
  });
});

describe('cluster diagnostics in Spanish over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-l10n-'));
    cpSync('examples/seed-cluster', dir, { recursive: true });
    client = new LspTestClient();
    await client.initialize(undefined, null, 'es');
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a virtual_router_id mismatch in Spanish, with the related place and the fix translated too', async () => {
    const read = (name: string) => {
      const file = path.join(dir, 'keepalived', name);
      return { uri: pathToFileURL(file).toString(), text: readFileSync(file, 'utf8') };
    };
    const server1 = read('server1.conf');
    const server2 = read('server2.conf');
    await client.open(server2.uri, 'keepalived', server2.text);
    await client.open(server1.uri, 'keepalived', server1.text.replace('virtual_router_id 51', 'virtual_router_id 52'));
    // The BACKUP (server2) gets the diagnostic, pointing at server1.
    const diagnostics = await client.diagnosticsFor(server2.uri, (p) => p.diagnostics.some((d) => d.code === 'ha-cluster/vrid-mismatch'));
    const mismatch = diagnostics.find((d) => d.code === 'ha-cluster/vrid-mismatch')!;
    assert.equal(
      mismatch.message,
      'virtual_router_id 51 en server2, pero server1 sirve las mismas IP virtuales con 52: los nodos nunca ven los anuncios del otro y los dos se quedan la IP virtual.',
    );
    assert.equal(mismatch.range.start.line, server2.text.split('\n').findIndex((l) => l.includes('virtual_router_id 51')));
    assert.equal(mismatch.relatedInformation?.[0]?.message, 'virtual_router_id 52 en server1');
    assert.equal(mismatch.relatedInformation?.[0]?.location.uri, server1.uri);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: server2.uri }, range: mismatch.range, context: { diagnostics: [mismatch] } });
    assert.deepEqual(actions.map((a) => a.title), ['Usar virtual_router_id 52']);
  });
});
