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

const WEB_OPERATIONS = 'clients/web/src/operations/*.graphql';
const STAFF_OPERATIONS = 'clients/staff/src/operations/*.graphql';

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
    // The web portal's typed documents; its persisted-documents.json is the production trusted set
    // (clients/web/package.json "hub": shipped).
    'clients/web/src/generated/': {
      schema: 'schema/api.graphql',
      documents: [WEB_OPERATIONS],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
    // The staff workbench's typed documents (clients/staff/package.json "hub": shipped).
    'clients/staff/src/generated/': {
      schema: 'schema/api.graphql',
      documents: [STAFF_OPERATIONS],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
    // The Kaarst App's typed documents (clients/app/package.json "hub": shipped).
    'clients/app/src/generated/': {
      schema: 'schema/api.graphql',
      documents: ['clients/app/src/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
    // The city displays' typed documents (clients/display/package.json "hub": shipped).
    'clients/display/src/generated/': {
      schema: 'schema/api.graphql',
      documents: ['clients/display/src/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
