/**
 * Ours for the federation audit: `createGateway` from @kaarst/gateway (or the copy named by
 * KAARST_GATEWAY_ENTRY) on one audit suite's supergraph, the subgraph URLs as written in it.
 * Environment: PORT, SUPERGRAPH_PATH, KAARST_GATEWAY_ENTRY; AUDIT_CHECKS=off turns the checks
 * off (GATEWAY_CHECKS=off: no limits, authorization directives, registered-document check, API
 * keys or rate limits); AUDIT_DOCUMENTS names a JSON list of documents registered as trusted
 * documents, enforced while the checks are on (the readiness ping `{ __typename }` always is).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Gateway from '@kaarst/gateway';
import { generateHubKeys } from '@kaarst/kit';
import { ready } from '../../gateway/gateways/child.ts';
import { PING } from './ping.ts';

const documents = process.env.AUDIT_DOCUMENTS
  ? (JSON.parse(readFileSync(process.env.AUDIT_DOCUMENTS, 'utf8')) as string[])
  : [];
const checks = process.env.AUDIT_CHECKS !== 'off';
const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-trusted-'));
const trusted = path.join(dir, 'persisted-documents.json');
const hash = (document: string) => `sha256:${createHash('sha256').update(document).digest('hex')}`;
writeFileSync(trusted, JSON.stringify(Object.fromEntries([PING, ...documents].map((d) => [hash(d), d]))));

const { createGateway } = (await import(
  process.env.KAARST_GATEWAY_ENTRY || '@kaarst/gateway'
)) as typeof Gateway;
const gateway = await createGateway({
  supergraphPath: process.env.SUPERGRAPH_PATH as string,
  keys: await generateHubKeys(),
  checks,
  trustedDocuments: { files: [trusted], enforce: checks },
});
ready(await gateway.listen(Number(process.env.PORT), '127.0.0.1'), async () => {
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});
