/**
 * One codegen for the workspace: typed resolvers per subgraph (from its own
 * SDL) and typed documents for clients (from the composed API schema).
 * `pnpm codegen:check` fails when committed output is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { listSubgraphs } from '@kaarst/kit/registry';

// The Federation 2 directives the subgraph SDL uses, so codegen can parse it.
const federationDirectives = /* GraphQL */ `
  scalar link__Import
  scalar FieldSet
  directive @link(url: String!, import: [link__Import]) repeatable on SCHEMA
  directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
  directive @shareable repeatable on OBJECT | FIELD_DEFINITION
  directive @external on OBJECT | FIELD_DEFINITION
  directive @requires(fields: FieldSet!) on FIELD_DEFINITION
  directive @provides(fields: FieldSet!) on FIELD_DEFINITION
`;

/** A shipped client's target: its own operations and the shared ones of @kaarst/ui it sends. */
const shippedClient = (client: string, shared: readonly string[]) => ({
  schema: 'schema/api.graphql',
  documents: [
    `clients/${client}/src/operations/*.graphql`,
    ...shared.map((name) => `clients/ui/src/operations/${name}.graphql`),
  ],
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' as const } },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
  },
});

const resolverTargets = Object.fromEntries(
  listSubgraphs().map((subgraph) => [
    `subgraphs/${subgraph.name}/src/generated/graphql.ts`,
    {
      schema: [federationDirectives, `subgraphs/${subgraph.name}/schema.graphql`],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        contextType: '../context.ts#Context',
        mappers: subgraph.mappers,
        scalars: {
          DateTime: { input: 'Date', output: 'Date | string' },
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  ]),
);

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  generates: {
    ...resolverTargets,
    'clients/contract/generated/': {
      schema: 'schema/api.graphql',
      // Operations of tests and tools, not of a shipped client: never trusted in production.
      documents: ['clients/contract/operations/*.graphql'],
      preset: 'client',
      // persisted-documents.json: the trusted documents the gateway accepts by hash (sha256, as APQ).
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
    // The shipped clients' typed documents; their persisted-documents.json files together are the
    // production trusted set (clients/<name>/package.json "hub": shipped). Operations two clients
    // send alike are @kaarst/ui's (clients/ui/src/operations), one document for all of them.
    'clients/web/src/generated/': shippedClient('web', ['sign-in', 'request-messages', 'transit']),
    'clients/staff/src/generated/': shippedClient('staff', ['sign-in', 'request-messages']),
    'clients/app/src/generated/': shippedClient('app', ['sign-in', 'transit']),
    'clients/display/src/generated/': shippedClient('display', []),
  },
};

export default config;
