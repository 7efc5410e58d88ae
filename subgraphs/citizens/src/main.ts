import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { citizensSubgraph } from './subgraph.ts';

const running = await startSubgraph(citizensSubgraph);
closeOnSignals(running.close, running.log);
