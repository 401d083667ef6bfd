import type { Translation } from '../translate.js';
import { clusterEs } from './cluster.js';
import { haproxyEs } from './haproxy.js';
import { keepalivedEs } from './keepalived.js';
import { relatedEs, titlesEs } from './titles.js';

/** Spanish of every problem message, by diagnostic code. */
export const spanishMessages: Readonly<Record<string, readonly Translation[]>> = { ...haproxyEs, ...keepalivedEs, ...clusterEs };
export const spanishTitles: readonly Translation[] = titlesEs;
export const spanishRelated: readonly Translation[] = relatedEs;
