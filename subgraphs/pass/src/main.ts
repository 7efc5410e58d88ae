import { closeOnSignals, startSubgraph } from '@kaarst/kit';
import { loadPassSigningKey } from './signing-key.ts';
import { passSubgraph } from './subgraph.ts';

// Before anything listens: in production a missing PASS_SIGNING_KEY stops the start here.
await loadPassSigningKey();
const running = await startSubgraph(passSubgraph);
closeOnSignals(running.close, running.log);
