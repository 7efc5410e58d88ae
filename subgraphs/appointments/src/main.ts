import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { appointmentsSubgraph } from './subgraph.ts';

const running = await startSubgraph(appointmentsSubgraph);
closeOnSignals(running.close, running.log);
