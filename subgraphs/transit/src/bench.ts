/** What bench/transit measures: the importer and the journey planner, without the server. */
export { PrismaClient } from './generated/prisma/client.ts';
export { importGtfs } from './gtfs/import.ts';
export { openSource } from './gtfs/source.ts';
export { earliestArrival, planJourneys } from './timetable/journeys.ts';
export { loadTimetable } from './timetable/load.ts';
