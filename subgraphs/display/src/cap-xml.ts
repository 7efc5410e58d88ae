/**
 * CAP 1.2 as XML (OASIS "urn:oasis:names:tc:emergency:cap:1.2"), the format most warning
 * authorities publish, read into the same shape as the CAP-JSON feeds: one `<alert>` document, or
 * any document holding `<alert>` elements (a list, or an Atom feed with the alerts in its entries).
 */

import { badInput } from '@kaarst/kit';
import { XMLParser } from 'fast-xml-parser';

/** Elements that may repeat in CAP, kept as arrays even when there is one. */
const REPEATED = new Set(['alert', 'info', 'area', 'polygon', 'circle', 'geocode', 'entry', 'resource']);

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false, // identifiers and numbers stay text, as in the JSON feeds
  trimValues: true,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

function collectAlerts(node: unknown, found: Node[], depth = 0): void {
  if (depth > 8 || !isNode(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const items = Array.isArray(value) ? value : [value];
    if (key === 'alert') found.push(...items.filter(isNode));
    else for (const item of items) collectAlerts(item, found, depth + 1);
  }
}

/** The alerts of a CAP XML document, as CAP-JSON-shaped objects; not XML or no alert: BAD_USER_INPUT. */
export function capAlertsFromXml(text: string): Node[] {
  let document: unknown;
  try {
    document = parser.parse(text, true);
  } catch (error) {
    throw badInput(`The warning feed is not well-formed XML: ${(error as Error).message}`, 'feed');
  }
  const alerts: Node[] = [];
  collectAlerts(document, alerts);
  if (alerts.length === 0 && !/<(\w+:)?(alert|feed|alerts)\b/.test(text))
    throw badInput('The warning feed holds no CAP alert.', 'feed');
  return alerts;
}
