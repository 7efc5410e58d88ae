import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { displaySubgraph } from './subgraph.ts';

const running = await startSubgraph(displaySubgraph);
closeOnSignals(running.close, running.log);
