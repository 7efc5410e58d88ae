/**
 * Open311 GeoReport v2's two formats (wiki.open311.org/GeoReport_v2): XML, the
 * specification's first format, and JSON, the same answers as lists. XML is written
 * with fast-xml-parser's builder under the element names the specification uses
 * (<services><service>, <service_requests><request>, <errors><error>...).
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply } from 'fastify';

export type Format = 'json' | 'xml';

/** "services.xml" -> { name: "services", format: "xml" }; anything else is no Open311 resource. */
export function resource(file: string): { name: string; format: Format } | null {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  return match ? { name: match[1] as string, format: match[2] as Format } : null;
}

const builder = new XMLBuilder({ format: true, suppressEmptyNode: false });
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

/** Lists inside an item become repeated child elements: { values: [..] } -> <values><value>.. */
type Nesting = Record<string, string>;

function forXml(value: unknown, nesting: Nesting): unknown {
  if (Array.isArray(value)) return value.map((v) => forXml(v, nesting));
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      const child = nesting[key];
      return [key, child && Array.isArray(v) ? { [child]: forXml(v, nesting) } : forXml(v, nesting)];
    }),
  );
}

/** XML: <root><item>…</item>…</root>, or the document `root` holding one object when `item` is null. */
export function toXml(root: string, item: string | null, body: unknown, nesting: Nesting = {}): string {
  const content = item === null ? forXml(body, nesting) : { [item]: forXml(body, nesting) };
  return DECLARATION + builder.build({ [root]: content });
}

export interface Answer {
  status?: number;
  /** The JSON answer; XML wraps the same items. */
  body: unknown;
  root: string;
  item: string | null;
  nesting?: Nesting;
}

export function send(reply: FastifyReply, format: Format, answer: Answer) {
  reply.code(answer.status ?? 200);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(answer.body);
  return reply
    .type('text/xml; charset=utf-8')
    .send(toXml(answer.root, answer.item, answer.body, answer.nesting));
}

/** Open311's error answer: a list of { code, description }, in either format. */
export const sendError = (reply: FastifyReply, format: Format, status: number, description: string) =>
  send(reply, format, { status, body: [{ code: status, description }], root: 'errors', item: 'error' });

/** A parameter's values: repeated keys and comma lists alike ("a,b" and a=..&a=.. are the same). */
export function values(query: Record<string, unknown>, name: string): string[] {
  const raw = query[name];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Attributes of a posted request: `attribute[code]=v`, the specification's multi-value
 * `attribute[code][]=a&attribute[code][]=b`, or in JSON `attribute: { code: v | [..] }`.
 * Several values of one attribute are joined with commas, as the catalogue reads them.
 */
export function attributesOf(body: Record<string, unknown>): { field: string; value: string }[] {
  const collected = new Map<string, string[]>();
  const add = (field: string, value: unknown) =>
    collected.set(field, [
      ...(collected.get(field) ?? []),
      ...(Array.isArray(value) ? value : [value]).map(String),
    ]);
  const nested = body.attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested))
    for (const [field, value] of Object.entries(nested)) add(field, value);
  for (const [key, value] of Object.entries(body)) {
    const field = /^attribute\[([^\]]+)\](\[\])?$/.exec(key)?.[1];
    if (field) add(field, value);
  }
  return [...collected].map(([field, list]) => ({ field, value: list.join(',') }));
}
