import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { transitSubgraph } from './subgraph.ts';

const running = await startSubgraph(transitSubgraph);
closeOnSignals(running.close, running.log);
