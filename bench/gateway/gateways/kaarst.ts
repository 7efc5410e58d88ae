/**
 * Ours: `createGateway` from @kaarst/gateway with all its protection on
 * (operation limits, cost limit, trusted documents enforced, authorization
 * directives, API-key and rate-limit hooks, per-request metrics, a signed
 * context token per subgraph fetch, circuit breakers). What is set for the
 * benchmark: the nested query and the mixed mode's documents registered as trusted documents (so its text is
 * accepted as is, like a registered client's), and LIMIT_COST from the runner,
 * because the query's estimate (lists of lists of lists) is far above the
 * default 5000. Environment: PORT, SUPERGRAPH_PATH, SUBGRAPH_URLS (JSON), LIMIT_COST,
 * KAARST_GATEWAY_ENTRY, GATEWAY_SHARING (off: no operation or fetch sharing),
 * GATEWAY_DEDUPE_REPRESENTATIONS (0: every entity representation sent, duplicates too).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Gateway from '@kaarst/gateway';
import { generateHubKeys } from '@kaarst/kit';
import { MIXED_DOCUMENTS } from '../mixed.ts';
import { NESTED_QUERY } from '../query.ts';
import { ready } from './child.ts';

const trusted = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-trusted-')), 'persisted-documents.json');
const hash = (document: string) => `sha256:${createHash('sha256').update(document).digest('hex')}`;
writeFileSync(
  trusted,
  JSON.stringify(
    Object.fromEntries([NESTED_QUERY, ...MIXED_DOCUMENTS].map((document) => [hash(document), document])),
  ),
);

// KAARST_GATEWAY_ENTRY: a copy of gateway/src/server.ts with a change to measure (run.ts --candidate).
const { createGateway } = (await import(
  process.env.KAARST_GATEWAY_ENTRY || '@kaarst/gateway'
)) as typeof Gateway;
const gateway = await createGateway({
  supergraphPath: process.env.SUPERGRAPH_PATH as string,
  keys: await generateHubKeys(),
  subgraphUrls: JSON.parse(process.env.SUBGRAPH_URLS as string) as Record<string, string>,
  trustedDocuments: { files: [trusted], enforce: true },
});
ready(await gateway.listen(Number(process.env.PORT), '127.0.0.1'), async () => {
  await gateway.close();
  rmSync(path.dirname(trusted), { recursive: true, force: true });
});
