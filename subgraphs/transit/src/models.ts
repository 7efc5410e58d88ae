import { gtfsTime, type Timetable } from './timetable/model.ts';

export type WheelchairAccess = 'UNKNOWN' | 'POSSIBLE' | 'NOT_POSSIBLE';

const ACCESS: WheelchairAccess[] = ['UNKNOWN', 'POSSIBLE', 'NOT_POSSIBLE'];
export const access = (gtfs: number): WheelchairAccess => ACCESS[gtfs] ?? 'UNKNOWN';

export interface StopModel {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  isStation: boolean;
  wheelchairBoarding: WheelchairAccess;
  fareZones: string[];
}

export interface RouteModel {
  id: string;
  shortName: string | null;
  longName: string | null;
  type: number;
}

export interface TripFrequencyModel {
  headwaySeconds: number;
  exactTimes: boolean;
  startTime: string;
}

export interface TripModel {
  id: string;
  gtfsTripId: string;
  serviceDate: string;
  route: RouteModel;
  headsign: string | null;
  wheelchairAccessible: WheelchairAccess;
  frequency: TripFrequencyModel | null;
}

export function stopModel(tt: Timetable, index: number): StopModel {
  const stop = tt.stops[index];
  if (!stop) throw new Error(`no stop ${index}`);
  return {
    id: stop.id,
    name: stop.name,
    latitude: stop.latitude,
    longitude: stop.longitude,
    isStation: stop.locationType === 1,
    wheelchairBoarding: access(stop.wheelchairBoarding),
    fareZones: [...stop.zones].sort(),
  };
}

export function routeModel(tt: Timetable, index: number): RouteModel {
  const route = tt.routes[index];
  if (!route) throw new Error(`no route ${index}`);
  return { id: route.id, shortName: route.shortName, longName: route.longName, type: route.type };
}

export function tripModel(tt: Timetable, index: number, serviceDate: string): TripModel {
  const trip = tt.trips[index];
  if (!trip) throw new Error(`no trip ${index}`);
  return {
    id: trip.id,
    gtfsTripId: trip.gtfsId,
    serviceDate,
    route: routeModel(tt, trip.route),
    headsign: trip.headsign,
    wheelchairAccessible: access(trip.wheelchairAccessible),
    frequency: trip.frequency && {
      headwaySeconds: trip.frequency.headwaySeconds,
      exactTimes: trip.frequency.exactTimes,
      startTime: gtfsTime(trip.frequency.startTime),
    },
  };
}

export type { PickupRequest as PickupRequestModel } from './generated/prisma/client.ts';
