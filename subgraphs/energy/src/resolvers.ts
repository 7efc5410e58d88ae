import {
  auditLogResolvers,
  DateTimeScalar,
  JSONObjectScalar,
  personalDataOf,
  requireViewer,
} from '@kaarst/kit';
import { createGatewayKey, registerMeters, revokeGatewayKey } from './admin.ts';
import { parseLoadProfile } from './domain/load-profile.ts';
import type { Resolvers } from './generated/graphql.ts';
import { appliancesOf, comparisonOf, energyAggregate, loadViewOf } from './insights.ts';
import { powerTopic } from './live.ts';
import { linkMeter, ownMeter, requireFine, setCapacityCharge, setDataLevel, unlinkMeter } from './meters.ts';
import { exportEnergyData } from './privacy.ts';
import { checkPeriod, seriesOf } from './series.ts';
import { hhmm, setDynamicPrices, setMeterTariff, windowsOf } from './tariff-store.ts';
import { lastReadingAt, refusalsOf } from './views.ts';

const kwh = (wh: number[]) => wh.map((w) => w / 1000);
const cents = (c: number) => c / 100;

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  AuditLog: auditLogResolvers('energy') as Resolvers['AuditLog'],
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    energy: ({ accountId }, _args, { db }) => exportEnergyData(db, accountId),
  },
  Meter: {
    linkedAt: (meter) => meter.linkedAt ?? meter.registeredAt,
    lastReadingAt: (meter, _a, { db }) => lastReadingAt(db, meter.id),
    async series(meter, { resolution, from, to }, { db, services }) {
      const period = checkPeriod(from, to, resolution);
      const s = await seriesOf({ db, pool: services.pool }, meter, resolution, period.from, period.to);
      return {
        resolution,
        starts: s.starts.map((ms) => new Date(ms)),
        importKwh: kwh(s.importWh),
        exportKwh: kwh(s.exportWh),
        estimatedKwh: kwh(s.estimatedWh),
        costCents: s.costCents,
        costs: s.costs && {
          importKwh: s.costs.importKwh,
          exportKwh: s.costs.exportKwh,
          energyEur: cents(s.costs.energyCents),
          monthlyFeeEur: cents(s.costs.monthlyFeeCents),
          feedInEur: cents(s.costs.feedInCents),
          totalEur: cents(s.costs.totalCents),
          effectiveCtPerKwh: s.costs.effectiveCtPerKwh,
          dynamicIntervals: s.costs.priceSources.DYNAMIC,
          timeOfUseIntervals: s.costs.priceSources.TIME_OF_USE,
          energyPriceIntervals: s.costs.priceSources.ENERGY_PRICE,
        },
      };
    },
    comparison: (meter, { from, to }, { db, services }) => {
      const period = checkPeriod(from, to, 'DAY');
      return comparisonOf({ db, pool: services.pool }, meter, period.from, period.to);
    },
    appliances: (meter, { from, to }, { db, services }) => {
      const period = checkPeriod(from, to, 'QUARTER');
      return appliancesOf({ db, pool: services.pool }, meter, period.from, period.to);
    },
    loadView: (meter, { from, to }, { db, services }) => {
      const period = checkPeriod(from, to, 'QUARTER');
      return loadViewOf({ db, pool: services.pool }, meter, period.from, period.to);
    },
    tariffs: async (meter, _a, { db }) =>
      (await db.tariff.findMany({ where: { meterId: meter.id }, orderBy: { validFrom: 'asc' } })).map(
        (t) => ({
          ...t,
          monthlyFeeEur: cents(t.monthlyFeeCents),
          windows: windowsOf(t).map((w) => ({
            weekdays: w.weekdays,
            from: hhmm(w.fromMinute),
            to: hhmm(w.toMinute),
            ctPerKwh: w.ctPerKwh,
          })),
        }),
      ),
    refusals: (meter, _a, { db }) => refusalsOf(db, meter.id),
    gatewayKeys: (meter, _a, { db }) =>
      db.gatewayKey.findMany({ where: { meterId: meter.id }, orderBy: { createdAt: 'asc' } }),
  },
  Query: {
    myMeters: (_p, _a, { db, viewer }) =>
      db.meter.findMany({ where: { ownerId: requireViewer(viewer).id }, orderBy: { linkedAt: 'asc' } }),
    meter: (_p, { id }, { db, viewer }) => ownMeter(db, viewer, id),
    dynamicPrices: async (_p, { list, from, to }, { db }) => {
      const period = checkPeriod(from, to, 'QUARTER');
      return db.dynamicPrice.findMany({
        where: { list, validFrom: { gte: new Date(period.from), lt: new Date(period.to) } },
        orderBy: { validFrom: 'asc' },
      });
    },
    energyAggregate: (_p, { sector, district, from, to }, { db, viewer }) => {
      const period = checkPeriod(from, to, 'MONTH');
      return energyAggregate(db, viewer, sector, district, period.from, period.to);
    },
  },
  Mutation: {
    linkMeter: (_p, { input }, { db, viewer }) => linkMeter(db, viewer, input),
    unlinkMeter: (_p, { meterId }, { db, viewer }) => unlinkMeter(db, viewer, meterId),
    setMeterDataLevel: (_p, { meterId, level }, { db, viewer }) => setDataLevel(db, viewer, meterId, level),
    setMeterTariff: (_p, { meterId, input }, { db, viewer }) => setMeterTariff(db, viewer, meterId, input),
    setMeterCapacityCharge: (_p, { meterId, eurPerKwYear }, { db, viewer }) =>
      setCapacityCharge(db, viewer, meterId, eurPerKwYear),
    createMeterGatewayKey: (_p, { meterId, name }, { db, viewer }) =>
      createGatewayKey(db, viewer, meterId, name),
    revokeMeterGatewayKey: (_p, { id }, { db, viewer }) => revokeGatewayKey(db, viewer, id),
    async importLoadProfile(_p, { meterId, csv }, { db, viewer, services }) {
      await requireFine(db, viewer, meterId);
      const parsed = parseLoadProfile(csv, Date.now());
      const result = await services.ingest.importProfile(meterId, parsed.intervals);
      return {
        stored: result.stored,
        duplicates: result.duplicates,
        refused: [
          ...parsed.refused,
          ...result.refused.map((r) => ({ ...r, line: parsed.intervals[r.index]?.line ?? 0 })),
        ].sort((a, b) => a.line - b.line),
      };
    },
    registerMeters: (_p, { input }, { db, viewer }) => registerMeters(db, viewer, input),
    setDynamicPrices: (_p, { list, prices }, { db, viewer }) => setDynamicPrices(db, viewer, list, prices),
  },
  Subscription: {
    meterPower: {
      subscribe: async (_p, { meterId }, { db, viewer, pubsub }) => {
        await requireFine(db, viewer, meterId);
        return pubsub.subscribe(powerTopic(meterId));
      },
    },
  },
};
