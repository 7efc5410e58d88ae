/**
 * The hub's own gateway (@kaarst/gateway, as `npm start` runs it), alone in
 * this process so its memory and CPU can be measured. Settings from the
 * environment: PORT, SUPERGRAPH_PATH, SUBGRAPH_<NAME>_URL, HUB_* keys, LOG_LEVEL.
 */
import { createGateway } from '@kaarst/gateway';
import { env, envInt, loadHubKeys } from '@kaarst/kit';
import { send } from '../shared.ts';

const gateway = await createGateway({
  supergraphPath: env('SUPERGRAPH_PATH') as string,
  keys: await loadHubKeys(),
  subgraphUrls: {
    appointments: env('SUBGRAPH_APPOINTMENTS_URL') as string,
    citizens: env('SUBGRAPH_CITIZENS_URL') as string,
  },
});
const url = await gateway.listen(envInt('PORT', 4000), '127.0.0.1');

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await gateway.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

// For the runner: how many upstream subscriptions this gateway holds (sampled at the end).
setInterval(
  () => send({ type: 'progress', text: `upstreams=${gateway.subscriptions.upstreamCount}` }),
  5000,
).unref();

send({ type: 'ready', url });
