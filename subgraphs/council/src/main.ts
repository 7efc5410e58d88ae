import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { councilSubgraph } from './subgraph.ts';

const running = await startSubgraph(councilSubgraph);
closeOnSignals(running.close, running.log);
