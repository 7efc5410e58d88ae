import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { participationSubgraph } from './subgraph.ts';

const running = await startSubgraph(participationSubgraph);
closeOnSignals(running.close, running.log);
