import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { requestsSubgraph } from './subgraph.ts';

const running = await startSubgraph(requestsSubgraph);
closeOnSignals(running.close, running.log);
