import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { passSubgraph } from './subgraph.ts';

const running = await startSubgraph(passSubgraph);
closeOnSignals(running.close, running.log);
