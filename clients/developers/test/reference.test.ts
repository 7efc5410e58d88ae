import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReference } from '../scripts/reference.ts';
import { protectionInWords } from '../src/protection.ts';

const schema = (name: string) => readFileSync(new URL(`../../../schema/${name}`, import.meta.url), 'utf8');

describe("developers' page: the schema reference built from the composed SDL", () => {
  const reference = buildReference(schema('api.graphql'), schema('supergraph.graphql'));
  const type = (name: string) => reference.find((t) => t.name === name);
  const field = (typeName: string, name: string) => type(typeName)?.fields.find((f) => f.name === name);

  it('lists the API types, roots first, without the built-in scalars', () => {
    expect(reference.slice(0, 3).map((t) => t.name)).toEqual(['Query', 'Mutation', 'Subscription']);
    expect(type('String')).toBeUndefined();
    expect(type('__Schema')).toBeUndefined();
    expect(type('DateTime')?.kind).toBe('scalar');
    expect(type('ApiKey')?.description).toMatch(/^A key for a third-party or open-data application/);
    expect(type('RequestStatus')?.values).toContain('RECEIVED');
  });

  it('says which directive protects which field, from the supergraph', () => {
    expect(field('Query', 'myApiKeys')?.protection).toEqual(['@authenticated']);
    expect(field('Query', 'apiKeys')?.protection).toEqual([
      '@requiresScopes(scopes: [["staff"], ["admin"]])',
    ]);
    expect(field('AuditLog', 'citizens')?.protection).toEqual(['@requiresScopes(scopes: [["admin"]])']);
    expect(field('Query', 'appointmentServices')?.protection).toEqual([]);
    const auditLog = field('Query', 'auditLog');
    expect(auditLog?.args.find((a) => a.name === 'first')).toMatchObject({ type: 'Int', defaultValue: '50' });
    // Every protected field of the supergraph appears protected in the reference.
    const protectedFields = reference.flatMap((t) => t.fields.filter((f) => f.protection.length > 0));
    expect(protectedFields.length).toBeGreaterThan(50);
  });

  it('puts the directives in words', () => {
    expect(protectionInWords('@authenticated')).toBe('nur angemeldet');
    expect(protectionInWords('@requiresScopes(scopes: [["staff"], ["admin"]])')).toBe(
      'nur mit Rolle staff oder admin',
    );
    expect(protectionInWords('@requiresScopes(scopes: [["staff", "admin"]])')).toBe(
      'nur mit Rolle staff und admin',
    );
    expect(protectionInWords('@policy(policies: [["own"]])')).toBe('Regel @policy(policies: [["own"]])');
  });
});
