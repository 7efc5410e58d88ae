import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { notificationsSubgraph } from './subgraph.ts';

const running = await startSubgraph(notificationsSubgraph);
closeOnSignals(running.close, running.log);
