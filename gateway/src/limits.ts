// The operation limits live in protection/limits.ts; clients/staff/test/cost.test.ts imports them from here.
export * from './protection/limits.ts';
