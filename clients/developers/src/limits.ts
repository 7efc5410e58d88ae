/**
 * The limits of this hub as its gateway enforces them (GET /developers/hub.json: the
 * configured values, not the defaults).
 */
import { h, show } from './dom.ts';

export interface HubFacts {
  operation: Record<
    'depth' | 'aliases' | 'rootFields' | 'directives' | 'tokens' | 'cost' | 'listSize',
    number
  >;
  codes: Record<string, string>;
  requestTimeoutSeconds: number;
  bodyLimitBytes: number;
  apiKeys: { selfServicePerMinute: number; selfServiceActiveKeys: number };
  /** Requests per minute without a key per address; 0 when the hub sets none. */
  anonymousPerMinute: number;
  /** The licence of the hub's own open data (Open311, the sample GTFS feed). */
  openDataLicense: string;
}

let facts: Promise<HubFacts> | undefined;

/** hub.json, fetched once. */
export function hubFacts(): Promise<HubFacts> {
  facts ??= fetch(new URL('hub.json', window.location.href)).then(async (response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as HubFacts;
  });
  return facts;
}

const ROWS: Array<[keyof HubFacts['operation'], string]> = [
  ['depth', 'Verschachtelungstiefe (Fragmente mitgezählt)'],
  ['aliases', 'Aliase'],
  ['rootFields', 'Felder auf oberster Ebene'],
  ['directives', 'Direktiven'],
  ['tokens', 'Token des Dokuments'],
  ['cost', 'Geschätzte Kosten'],
];

export async function renderLimits(section: HTMLElement): Promise<void> {
  const heading = h('h2', { id: 'grenzen-titel' }, 'Grenzen und Anfrageraten');
  let limits: HubFacts;
  try {
    limits = await hubFacts();
  } catch {
    show(
      section,
      heading,
      h('p', { role: 'alert' }, 'Die Grenzen dieses Hubs konnten nicht geladen werden.'),
    );
    return;
  }
  const row = (what: string, value: string, code: string) =>
    h('tr', {}, h('th', { scope: 'row' }, what), h('td', {}, value), h('td', {}, h('code', {}, code)));
  show(
    section,
    heading,
    h(
      'p',
      {},
      'Jede Operation wird geprüft, bevor etwas ausgeführt wird; über einer Grenze antwortet der Hub mit HTTP 400 und dem Code der Grenze. Kosten: jedes Objektfeld zählt 1, mal die Größe jeder Liste darüber (ihr Argument first/limit/last, sonst ',
      String(limits.operation.listSize),
      ').',
    ),
    h(
      'table',
      {},
      h('caption', {}, 'Grenzen dieses Hubs'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Grenze', 'Wert', 'Code'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        ROWS.map(([key, what]) => row(what, String(limits.operation[key]), limits.codes[key] ?? '')),
        row('Zeit für eine Operation', `${limits.requestTimeoutSeconds} s`, 'REQUEST_TIMEOUT'),
        row(
          'Größe der Anfrage',
          `${(limits.bodyLimitBytes / 1_048_576).toLocaleString('de-DE')} MiB`,
          'REQUEST_TOO_LARGE (HTTP 413)',
        ),
        row(
          'Anfragen pro Minute mit einem selbst ausgestellten Schlüssel',
          String(limits.apiKeys.selfServicePerMinute),
          'RATE_LIMITED (HTTP 429, Retry-After)',
        ),
        row(
          'Anfragen pro Minute ohne Schlüssel',
          limits.anonymousPerMinute > 0 ? String(limits.anonymousPerMinute) : 'keine Grenze gesetzt',
          'RATE_LIMITED (HTTP 429)',
        ),
      ),
    ),
    h(
      'p',
      {},
      `Bis zu ${limits.apiKeys.selfServiceActiveKeys} aktive Schlüssel pro Person; andere Raten stellt das Team des Hubs aus. Ein ungültiger oder widerrufener Schlüssel wird mit HTTP 401 INVALID_API_KEY abgewiesen.`,
    ),
  );
}
