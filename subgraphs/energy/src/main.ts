import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { energySubgraph } from './subgraph.ts';

const running = await startSubgraph(energySubgraph);
closeOnSignals(running.close, running.log);
