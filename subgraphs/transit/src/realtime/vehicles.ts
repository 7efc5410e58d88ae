/**
 * GTFS-Realtime VehiclePositions: where the vehicles are, from
 * GTFS_RT_VEHICLE_POSITIONS_URL (poll.ts), for the app's and the city
 * displays' maps. Each new feed replaces the positions whole and is announced
 * on VEHICLES_TOPIC (vehiclePositionsChanged).
 */
import { env, type Logger, type PubSub } from '@kaarst/kit';
import realtime from 'gtfs-realtime-bindings';
import {
  announce,
  enumNames,
  type FeedPoller,
  FeedStatus,
  field,
  isoDate,
  pollFeed,
  runStart,
  text,
} from './poll.ts';

const { transit_realtime } = realtime;
export const VEHICLES_TOPIC = 'transitVehiclePositions';

export type VehicleStopStatus = 'INCOMING_AT' | 'STOPPED_AT' | 'IN_TRANSIT_TO';

/** One vehicle as the feed says, with the feed's ids (resolved against the timetable by the graph). */
export interface VehicleInfo {
  id: string;
  label: string | null;
  latitude: number;
  longitude: number;
  bearing: number | null;
  speed: number | null;
  /** trip_id, or trip_id@HH:MM:SS for a run of a frequencies.txt trip named with its start_time. */
  tripId: string | null;
  routeId: string | null;
  /** YYYY-MM-DD, from the trip descriptor's start_date. */
  serviceDate: string | null;
  stopId: string | null;
  status: VehicleStopStatus | null;
  occupancy: string | null;
  /** Milliseconds since the epoch, when the position was measured. */
  timestamp: number | null;
}

const STATUS: Record<number, VehicleStopStatus> = {
  0: 'INCOMING_AT',
  1: 'STOPPED_AT',
  2: 'IN_TRANSIT_TO',
};
const OCCUPANCY = enumNames(transit_realtime.VehiclePosition.OccupancyStatus);

/**
 * The feed's floats are 32-bit: 51.01 arrives as 51.0099983 (steps of 0.4 m at that latitude).
 * Five decimals of a degree (about 1 m) say what the feed can.
 */
const rounded = (value: number | null, decimals: number) =>
  value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals;

export function decodeVehiclePositions(bytes: Uint8Array): {
  producedAt: number | null;
  vehicles: VehicleInfo[];
} {
  const message = transit_realtime.FeedMessage.decode(bytes);
  const vehicles: VehicleInfo[] = [];
  for (const entity of message.entity) {
    const vehicle = entity.vehicle;
    const position = vehicle?.position;
    if (!vehicle || !position || entity.isDeleted) continue;
    const latitude = field(position, 'latitude');
    const longitude = field(position, 'longitude');
    if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
      continue;
    const trip = vehicle.trip;
    const tripId = text(trip, 'tripId');
    const start = runStart(text(trip, 'startTime'));
    const status = field(vehicle, 'currentStatus');
    const occupancy = field(vehicle, 'occupancyStatus');
    const timestamp = field(vehicle, 'timestamp');
    vehicles.push({
      id: text(vehicle.vehicle, 'id') ?? entity.id,
      label: text(vehicle.vehicle, 'label'),
      latitude: rounded(latitude, 5) ?? latitude,
      longitude: rounded(longitude, 5) ?? longitude,
      bearing: rounded(field(position, 'bearing'), 1),
      speed: rounded(field(position, 'speed'), 2),
      tripId: tripId && start ? `${tripId}@${start}` : tripId,
      routeId: text(trip, 'routeId'),
      serviceDate: isoDate(text(trip, 'startDate')),
      stopId: text(vehicle, 'stopId'),
      // A position with a stop but no status is "in transit to" it (the field's default).
      status: status === null ? (text(vehicle, 'stopId') ? 'IN_TRANSIT_TO' : null) : (STATUS[status] ?? null),
      occupancy: occupancy === null ? null : (OCCUPANCY[occupancy] ?? null),
      timestamp: timestamp === null ? null : timestamp * 1000,
    });
  }
  return { producedAt: field(message.header, 'timestamp'), vehicles };
}

/** The latest positions (replaced whole on each fetch). */
export class RealtimeVehicles {
  vehicles: VehicleInfo[] = [];
  readonly status = new FeedStatus();
}

/** What vehiclePositionsChanged carries: the whole feed, so every replica answers alike. */
export interface VehiclesEvent {
  vehicles: VehicleInfo[];
}

/** Starts polling when GTFS_RT_VEHICLE_POSITIONS_URL is set; each new feed is announced. */
export function pollVehiclePositions(state: RealtimeVehicles, pubsub: PubSub, log: Logger): FeedPoller {
  return pollFeed({
    url: env('GTFS_RT_VEHICLE_POSITIONS_URL'),
    name: 'VehiclePositions',
    status: state.status,
    log,
    apply: (bytes) => {
      const { producedAt, vehicles } = decodeVehiclePositions(bytes);
      const unchanged = producedAt !== null && producedAt === state.status.producedAt;
      state.vehicles = vehicles;
      state.status.producedAt = producedAt;
      // The id: the producer's timestamp, the same on every replica.
      if (!unchanged)
        announce(
          pubsub,
          VEHICLES_TOPIC,
          { vehicles } satisfies VehiclesEvent,
          producedAt === null ? null : `vehicles:${producedAt}`,
        );
      return vehicles.length;
    },
    forget: () => {
      state.vehicles = [];
    },
  });
}
