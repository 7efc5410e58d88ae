/**
 * Both subgraphs of the hub in one process, on throw-away databases (embedded
 * PGlite in temporary folders, or fresh schemas on DATABASE_URL when set),
 * with the demo accounts. Keys come from HUB_* in the environment, set by the runner.
 */
import { appointmentsSubgraph } from '@kaarst/appointments';
import { citizensSubgraph } from '@kaarst/citizens';
import { loadHubKeys } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { send } from './shared.ts';

const keys = await loadHubKeys();
const [citizens, appointments] = await Promise.all([
  startTestSubgraph(citizensSubgraph, { keys }),
  startTestSubgraph(appointmentsSubgraph, { keys }),
]);

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
