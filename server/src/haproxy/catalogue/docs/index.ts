import type { KeywordDoc } from '../../../common/docs.js';
import { actionDocs } from './actions.js';
import { bindDocs } from './bind.js';
import { globalDocsA } from './global-a.js';
import { globalDocsB } from './global-b.js';
import { proxyDocs } from './proxy.js';
import { registeredOnlyDocs } from './registered-only.js';
import { sectionDocs } from './sections.js';
import { serverDocs } from './server.js';

/** Our hand-written docs, by facts family then keyword (see the files beside this one). */
export const haproxyDocs: Readonly<Record<string, Readonly<Record<string, KeywordDoc>>>> = {
  global: { ...globalDocsA, ...globalDocsB, ...registeredOnlyDocs.global },
  proxy: proxyDocs,
  actions: { ...actionDocs, ...registeredOnlyDocs.actions },
  bind: bindDocs,
  server: { ...serverDocs, ...registeredOnlyDocs.server },
  ...sectionDocs,
};
