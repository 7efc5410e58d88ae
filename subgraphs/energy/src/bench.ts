/** What bench/energy uses, beside the subgraph itself. */
export { detectAppliances, scoreDetection } from './domain/appliances.ts';
export type { Reading } from './domain/readings.ts';
export { generateHousehold } from './domain/synthetic.ts';
export { addBerlinMonths, berlinMidnight, DAY, HOUR, QUARTER, startOfBerlinMonth } from './domain/time.ts';
export { PrismaClient } from './generated/prisma/client.ts';
export { IngestService } from './ingest.ts';
export { seriesOf } from './series.ts';
export { bytesOf, rawQuery, secondsAt } from './store/binary.ts';
export { rollupColumns } from './store/sql.ts';
export { energySubgraph } from './subgraph.ts';
