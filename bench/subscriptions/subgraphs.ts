/**
 * The citizens and appointments subgraphs in one process, on throw-away databases (embedded
 * PGlite in temporary folders, or fresh schemas on DATABASE_URL when set),
 * with the demo accounts. Keys come from HUB_* in the environment, set by the runner.
 */
import { loadHubKeys } from '@kaarst/kit';
import { findSubgraph, loadSubgraphDefinition } from '@kaarst/kit/registry';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { send } from './shared.ts';

const keys = await loadHubKeys();
const start = async (name: string) =>
  startTestSubgraph(await loadSubgraphDefinition(findSubgraph(name)), { keys });
const [citizens, appointments] = await Promise.all([start('citizens'), start('appointments')]);

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await Promise.allSettled([citizens.close(), appointments.close()]);
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

send({ type: 'ready', citizens: citizens.url, appointments: appointments.url });
