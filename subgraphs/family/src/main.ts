import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { familySubgraph } from './subgraph.ts';

const running = await startSubgraph(familySubgraph);
closeOnSignals(running.close, running.log);
