import type { KeywordDoc } from '../../../common/docs.js';
import { actionDocs } from './actions.js';
import { bindDocs } from './bind.js';
import { globalDocsA } from './global-a.js';
import { globalDocsB } from './global-b.js';
import { proxyDocs } from './proxy.js';
import { sectionDocs } from './sections.js';
import { serverDocs } from './server.js';

/** Our hand-written docs, by facts family then keyword (see the files beside this one). */
export const haproxyDocs: Readonly<Record<string, Readonly<Record<string, KeywordDoc>>>> = {
  global: { ...globalDocsA, ...globalDocsB },
  proxy: proxyDocs,
  actions: actionDocs,
  bind: bindDocs,
  server: serverDocs,
  ...sectionDocs,
};
