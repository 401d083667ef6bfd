/** One row of HAProxy's statistics CSV (`show stat`, or the stats page with `;csv`). */
export interface StatsRow {
  proxy: string;
  /** `FRONTEND`, `BACKEND`, or the server's name. */
  service: string;
  /** `UP`, `DOWN`, `UP 1/3`, `no check`, `MAINT`, `OPEN`... */
  status: string;
  checkStatus?: string;
}

/**
 * Reads the CSV HAProxy prints: a header line starting with `# pxname,svname,...`, then one line a
 * proxy, server or listener. Columns are found by name, so any version's layout reads the same.
 */
export function parseStatsCsv(csv: string): StatsRow[] {
  const lines = csv.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.startsWith('# '));
  if (headerIndex < 0) return [];
  const columns = lines[headerIndex]!.slice(2).split(',');
  const column = (name: string): number => columns.indexOf(name);
  const [px, sv, st, ck] = [column('pxname'), column('svname'), column('status'), column('check_status')];
  if (px < 0 || sv < 0 || st < 0) return [];
  const rows: StatsRow[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split(',');
    const row: StatsRow = { proxy: cells[px] ?? '', service: cells[sv] ?? '', status: cells[st] ?? '' };
    if (ck >= 0 && cells[ck]) row.checkStatus = cells[ck];
    rows.push(row);
  }
  return rows;
}

/** The servers of the CSV (not the FRONTEND/BACKEND/listener rows). */
export function serverRows(rows: readonly StatsRow[]): StatsRow[] {
  return rows.filter((row) => row.service !== 'FRONTEND' && row.service !== 'BACKEND' && !/^(sock-\d+|\*)$/.test(row.service) && row.status !== 'OPEN');
}

/** A server that takes traffic: UP (also while going down, `UP 1/3`) or not checked at all. */
export function isServerUp(row: StatsRow): boolean {
  return /^UP\b/.test(row.status) || row.status === 'no check';
}
