import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, type GraphQLObjectType, getOperationAST, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyRemovals, authorizeOperation, denial, viewerScopes } from '../src/authorization/enforce.ts';
import { extractAuthorization } from '../src/authorization/requirements.ts';

const SUPERGRAPH = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');

describe('reading the authorization directives from the supergraph', () => {
  const { sdl, requirements } = extractAuthorization(SUPERGRAPH);

  it('finds them on fields', () => {
    expect(requirements.get('Query.appointmentsAt')).toEqual({
      authenticated: false,
      scopes: [['staff'], ['admin']],
      policies: [],
    });
    expect(requirements.get('Appointment.citizen')?.authenticated).toBe(true);
    expect(requirements.get('Mutation.bookAppointment')?.authenticated).toBe(true);
    expect(requirements.get('Query.officeLocations')).toBeUndefined();
  });

  it('hands @apollo/gateway a supergraph it loads (it refuses the original: it cannot enforce them)', () => {
    expect(() => Supergraph.build(SUPERGRAPH)).toThrow(/for: SECURITY but is unsupported/);
    expect(sdl).not.toMatch(/@authenticated|@requiresScopes|requiresScopes__Scope/);
    expect(() => Supergraph.build(sdl)).not.toThrow();
  });
});

describe('deciding for a caller', () => {
  const staff = { id: 's', roles: ['staff' as const], department: 'buergerbuero' };
  it('scopes are roles, and role:department for staff', () => {
    expect([...viewerScopes(staff)]).toEqual(['staff', 'staff:buergerbuero']);
    expect(viewerScopes(null).size).toBe(0);
  });
  it('alternatives of scope lists: one list wholly held is enough', () => {
    const requirement = {
      authenticated: false,
      scopes: [['admin'], ['staff', 'staff:buergerbuero']],
      policies: [],
    };
    expect(denial(requirement, staff)).toBeNull();
    expect(denial(requirement, { ...staff, department: 'ordnungsamt' })).toBe('FORBIDDEN');
    expect(denial(requirement, null)).toBe('UNAUTHENTICATED');
    expect(denial({ authenticated: false, scopes: [], policies: [['no-such-policy']] }, staff)).toBe(
      'FORBIDDEN',
    );
  });
});

describe('answers with fields left out', () => {
  const schema = buildSchema(`
    type Query { a: A  list: [A!]!  strict: A! }
    type A { open: String  secret: String  mustHave: String!  child: A }
  `);
  /** One step of a response path: a field of a type. */
  const step = (parent: string, key: string) => {
    const type = (schema.getType(parent) as GraphQLObjectType).getFields()[key]?.type;
    if (!type) throw new Error(`no field ${parent}.${key}`);
    return { key, type };
  };
  const removal = (...segments: Array<ReturnType<typeof step>>) => [
    { code: 'UNAUTHENTICATED' as const, segments },
  ];
  const requirements = new Map([
    ['A.secret', { authenticated: true, scopes: [], policies: [] }],
    ['A.mustHave', { authenticated: true, scopes: [], policies: [] }],
  ]);
  const authorize = (query: string) => {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    return authorizeOperation(schema, document, operation, requirements, null);
  };

  it('removes what the caller may not see, keeps the rest, and nothing when all is allowed', () => {
    expect(authorize('{ a { open } }')).toBeNull();
    const result = authorize('{ a { open secret } }');
    expect(print(result?.document ?? parse('{ x }'))).toBe('{\n  a {\n    open\n  }\n}');
    expect(result?.removed.map((r) => [r.code, r.segments.map((s) => s.key)])).toEqual([
      ['UNAUTHENTICATED', ['a', 'secret']],
    ]);
  });

  it('puts null where a nullable field was, and spreads null up from a non-null one', () => {
    const nullable = removal(step('Query', 'a'), step('A', 'secret'));
    expect(applyRemovals({ a: { open: 'x' } }, nullable).data).toEqual({ a: { open: 'x', secret: null } });

    const inNullableParent = removal(step('Query', 'a'), step('A', 'mustHave'));
    expect(applyRemovals({ a: { open: 'x' }, other: 1 }, inNullableParent).data).toEqual({
      a: null,
      other: 1,
    });

    // list items are non-null and the list is non-null: up to the root
    const inList = removal(step('Query', 'list'), step('A', 'mustHave'));
    expect(applyRemovals({ list: [{ open: 'x' }], a: null }, inList).data).toBeNull();

    const errors = applyRemovals({ a: { open: 'x' } }, nullable).errors;
    expect(errors).toEqual([
      {
        message: 'Sign in to see this field.',
        path: ['a', 'secret'],
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
  });

  it('keeps a selection valid when every field of it goes, and the placeholder never reaches the caller', () => {
    const result = authorize('{ a { secret } }');
    expect(print(result?.document ?? parse('{ x }'))).toContain('__typename');
    const answer = applyRemovals({ a: { hubAuthorizationPlaceholder: 'A' } }, result?.removed ?? []);
    expect(answer.data).toEqual({ a: { secret: null } });
  });
});
