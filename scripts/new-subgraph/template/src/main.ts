import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { __camelName__Subgraph } from './subgraph.ts';

const running = await startSubgraph(__camelName__Subgraph);
closeOnSignals(running.close, running.log);
