import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { StopModel, RouteModel, TripModel, PickupRequestModel } from '../models.ts';
import type { AlertInfo } from '../realtime/alerts.ts';
import type { VehiclePositionModel } from '../realtime-resolvers.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO 8601 string with a time zone; answers are in UTC. */
  DateTime: { input: Date; output: Date | string; }
  FieldSet: { input: unknown; output: unknown; }
  /** A JSON object (the personal-data export). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  link__Import: { input: unknown; output: unknown; }
};

/** GTFS-Realtime Alert.Cause. */
export type AlertCause =
  | 'ACCIDENT'
  | 'CONSTRUCTION'
  | 'DEMONSTRATION'
  | 'HOLIDAY'
  | 'MAINTENANCE'
  | 'MEDICAL_EMERGENCY'
  | 'OTHER_CAUSE'
  | 'POLICE_ACTIVITY'
  | 'STRIKE'
  | 'TECHNICAL_PROBLEM'
  | 'UNKNOWN_CAUSE'
  | 'WEATHER';

/** GTFS-Realtime Alert.Effect. */
export type AlertEffect =
  | 'ACCESSIBILITY_ISSUE'
  | 'ADDITIONAL_SERVICE'
  | 'DETOUR'
  | 'MODIFIED_SERVICE'
  | 'NO_EFFECT'
  | 'NO_SERVICE'
  | 'OTHER_EFFECT'
  | 'REDUCED_SERVICE'
  | 'SIGNIFICANT_DELAYS'
  | 'STOP_MOVED'
  | 'UNKNOWN_EFFECT';

/** When an alert is in force; an open end is null. */
export type AlertPeriod = {
  __typename?: 'AlertPeriod';
  end?: Maybe<Scalars['DateTime']['output']>;
  start?: Maybe<Scalars['DateTime']['output']>;
};

/** GTFS-Realtime Alert.SeverityLevel. */
export type AlertSeverity =
  | 'INFO'
  | 'SEVERE'
  | 'UNKNOWN_SEVERITY'
  | 'WARNING';

export type Departure = {
  __typename?: 'Departure';
  /** Service alerts in force now that apply to this trip at this stop (its trip, line, stop, agency). */
  alerts: Array<TransitAlert>;
  /** Minutes late (negative: early) from GTFS-Realtime; null when the realtime feed says nothing about this trip. */
  delayMinutes?: Maybe<Scalars['Int']['output']>;
  /** scheduledTime plus the delay. */
  expectedTime: Scalars['DateTime']['output'];
  headsign?: Maybe<Scalars['String']['output']>;
  route: TransitRoute;
  /** The timetable's time. */
  scheduledTime: Scalars['DateTime']['output'];
  stop: TransitStop;
  /** The stop's position in the trip (GTFS stop_sequence). */
  stopSequence: Scalars['Int']['output'];
  trip: TransitTrip;
};

/** A fare zone and its stops. */
export type FareZone = {
  __typename?: 'FareZone';
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** Stop ids (a station's platforms listed with it). */
  stopIds: Array<Scalars['ID']['output']>;
};

/**
 * The fare zones of the active feed (GTFS fares v2 areas, else stops' zone_id)
 * with the configured zone map (TRANSIT_FARE_ZONES_PATH), in the format drivers'
 * and partners' apps cache to decide offline whether a ride is free
 * (@kaarst/pass-verify's rideZone).
 */
export type FareZoneMap = {
  __typename?: 'FareZoneMap';
  /** Changes whenever a zone or its stops do: keep the map until it changes. */
  version: Scalars['String']['output'];
  zones: Array<FareZone>;
};

/**
 * A way from one stop to another. Journeys answered together are Pareto-optimal:
 * none leaves no earlier, arrives no later and changes no more often than another.
 */
export type Journey = {
  __typename?: 'Journey';
  arrival: Scalars['DateTime']['output'];
  /** When to leave the origin stop. */
  departure: Scalars['DateTime']['output'];
  /**
   * The fare zones of all its legs. A journey whose only zone is "kaarst" is a free
   * ride with a valid Kaarst Pass (@kaarst/pass-verify's KAARST_ZONE).
   */
  fareZones: Array<Scalars['ID']['output']>;
  legs: Array<JourneyLeg>;
  /** Changes between vehicles (rides minus one; 0 for a walk). */
  transfers: Scalars['Int']['output'];
};

/** A part of a journey: a ride on one trip, or a walk between close stops (route and trip null). */
export type JourneyLeg = {
  __typename?: 'JourneyLeg';
  arrival: Scalars['DateTime']['output'];
  departure: Scalars['DateTime']['output'];
  /** The fare zones of the stops a ride calls at from boarding to leaving (a walk: of its two ends). */
  fareZones: Array<Scalars['ID']['output']>;
  fromStop: TransitStop;
  headsign?: Maybe<Scalars['String']['output']>;
  route?: Maybe<TransitRoute>;
  toStop: TransitStop;
  trip?: Maybe<TransitTrip>;
  walking: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The driver of the trip confirms they will stop; acknowledging again changes nothing. */
  acknowledgePickupRequest: PickupRequest;
  /** A driver takes a trip on a service day and from then on sees its pickup requests (again: no change). */
  driveTrip: TransitTrip;
  /**
   * Asks the driver of a trip to pick you up at a stop. Asking again for the
   * same trip, day and stop gives the first request back.
   */
  requestWheelchairPickup: PickupRequest;
};


export type MutationAcknowledgePickupRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDriveTripArgs = {
  serviceDate: Scalars['String']['input'];
  tripId: Scalars['ID']['input'];
};


export type MutationRequestWheelchairPickupArgs = {
  input: RequestPickupInput;
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their wheelchair pickup requests, and the trips they drove as a driver. */
  transit: Scalars['JSONObject']['output'];
};

/**
 * A wheelchair user's request to be picked up at a stop by a trip. The driver
 * sees the trip, the stop and the time, never who asked.
 */
export type PickupRequest = {
  __typename?: 'PickupRequest';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** After this the request counts as expired (the trip has passed the stop). */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When the trip is due at the stop (timetable). */
  scheduledDeparture: Scalars['DateTime']['output'];
  status: PickupRequestStatus;
  stop?: Maybe<TransitStop>;
  /** null when the active feed no longer has the trip or the stop. */
  trip?: Maybe<TransitTrip>;
};

export type PickupRequestStatus =
  /** The driver has seen it and will stop (ramp ready). */
  | 'ACKNOWLEDGED'
  /** The trip has passed the stop. */
  | 'EXPIRED'
  /** Waiting for the driver. */
  | 'REQUESTED';

export type Query = {
  __typename?: 'Query';
  /** The next departures at a stop (a station: at its platforms), from `from` (default now). */
  departures: Array<Departure>;
  /** The fare zones and their stops (for the Kaarst Pass's free rides). */
  fareZoneMap: FareZoneMap;
  /**
   * Journeys from one stop to another leaving at or after `departAt` (RAPTOR): the
   * Pareto set over departure (later is better), arrival (earlier) and transfers
   * (fewer), so each alternative is better in some way, the earliest arrival
   * first, up to `limit` (at most 5), within a day of departAt. A walk straight
   * there, when the stops are close, is one of them. With wheelchairOnly, only
   * wheelchair-accessible trips and stops.
   */
  journeys: Array<Journey>;
  /** Your pickup requests, newest first. */
  myPickupRequests: Array<PickupRequest>;
  /** Service alerts in force now; with routeId or stopId those naming that line or stop. */
  transitAlerts: Array<TransitAlert>;
  transitFeed?: Maybe<TransitFeed>;
  transitStop?: Maybe<TransitStop>;
  /** Stops whose name contains `search` (any case); stations and platforms alike, by name. */
  transitStops: Array<TransitStop>;
  /** The stops nearest a position (WGS 84), nearest first: the app's departures near me. limit 1 to 20, default 5. */
  transitStopsNear: Array<TransitStop>;
  /** The pickup requests on a trip you drive. */
  tripPickupRequests: Array<PickupRequest>;
  /** Vehicles now (GTFS-Realtime VehiclePositions), of one line or one trip if asked. */
  vehiclePositions: Array<VehiclePosition>;
};


export type QueryDeparturesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  stopId: Scalars['ID']['input'];
};


export type QueryJourneysArgs = {
  departAt: Scalars['DateTime']['input'];
  fromStopId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  toStopId: Scalars['ID']['input'];
  wheelchairOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTransitAlertsArgs = {
  routeId?: InputMaybe<Scalars['ID']['input']>;
  stopId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTransitStopArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransitStopsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


export type QueryTransitStopsNearArgs = {
  latitude: Scalars['Float']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  longitude: Scalars['Float']['input'];
};


export type QueryTripPickupRequestsArgs = {
  serviceDate: Scalars['String']['input'];
  tripId: Scalars['ID']['input'];
};


export type QueryVehiclePositionsArgs = {
  routeId?: InputMaybe<Scalars['ID']['input']>;
  tripId?: InputMaybe<Scalars['ID']['input']>;
};

export type RealtimeFeed = {
  __typename?: 'RealtimeFeed';
  /** Whether its URL is set. */
  enabled: Scalars['Boolean']['output'];
  /** Entities in the last read (trips, vehicles or alerts). */
  entities: Scalars['Int']['output'];
  /** The last successful read (null: none yet, or the feed went stale and was dropped). */
  fetchedAt?: Maybe<Scalars['DateTime']['output']>;
  kind: RealtimeFeedKind;
};

export type RealtimeFeedKind =
  /** GTFS_RT_SERVICE_ALERTS_URL: disruptions and notices. */
  | 'SERVICE_ALERTS'
  /** GTFS_RT_TRIP_UPDATES_URL: delays. */
  | 'TRIP_UPDATES'
  /** GTFS_RT_VEHICLE_POSITIONS_URL: where the vehicles are. */
  | 'VEHICLE_POSITIONS';

export type RequestPickupInput = {
  /** The trip's service day, YYYY-MM-DD (as in departures' trip.serviceDate). */
  serviceDate: Scalars['String']['input'];
  stopId: Scalars['ID']['input'];
  tripId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The next departures at a stop, each time they change: when a TripUpdates feed brings new
   * delays, and at each full minute (a departure has left). For city displays and the app; ask
   * `departures` once for the list until the first event.
   */
  departuresChanged: Array<Departure>;
  /** Changes of your own pickup request (the driver's acknowledgement). */
  pickupRequestChanged: PickupRequest;
  /** New pickup requests on a trip you drive (after driveTrip). */
  pickupRequested: PickupRequest;
  /** The alerts in force (naming the line or stop, if asked) each time the ServiceAlerts feed changes. */
  transitAlertsChanged: Array<TransitAlert>;
  /** The vehicles (of one line, if asked) each time the VehiclePositions feed brings new positions: for maps and city displays. */
  vehiclePositionsChanged: Array<VehiclePosition>;
};


export type SubscriptionDeparturesChangedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  stopId: Scalars['ID']['input'];
};


export type SubscriptionPickupRequestChangedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionPickupRequestedArgs = {
  serviceDate: Scalars['String']['input'];
  tripId: Scalars['ID']['input'];
};


export type SubscriptionTransitAlertsChangedArgs = {
  routeId?: InputMaybe<Scalars['ID']['input']>;
  stopId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionVehiclePositionsChangedArgs = {
  routeId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A disruption or notice from GTFS-Realtime ServiceAlerts (GTFS_RT_SERVICE_ALERTS_URL),
 * attached to the lines and stops it names. Texts come in the language asked for
 * when the feed has it (also its regional variant), else the feed's untagged text, else its first.
 */
export type TransitAlert = {
  __typename?: 'TransitAlert';
  /** Empty: in force as long as the feed carries it. */
  activePeriods: Array<AlertPeriod>;
  cause: AlertCause;
  description?: Maybe<Scalars['String']['output']>;
  effect: AlertEffect;
  header?: Maybe<Scalars['String']['output']>;
  /** The feed entity's id. */
  id: Scalars['ID']['output'];
  /** The lines it names, directly or through one of their trips. */
  routes: Array<TransitRoute>;
  severity: AlertSeverity;
  /** The stops it names. */
  stops: Array<TransitStop>;
  /** The trips it names (trip ids as in TransitTrip.id). */
  tripIds: Array<Scalars['ID']['output']>;
  /** A page with more about it. */
  url?: Maybe<Scalars['String']['output']>;
};


/**
 * A disruption or notice from GTFS-Realtime ServiceAlerts (GTFS_RT_SERVICE_ALERTS_URL),
 * attached to the lines and stops it names. Texts come in the language asked for
 * when the feed has it (also its regional variant), else the feed's untagged text, else its first.
 */
export type TransitAlertDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A disruption or notice from GTFS-Realtime ServiceAlerts (GTFS_RT_SERVICE_ALERTS_URL),
 * attached to the lines and stops it names. Texts come in the language asked for
 * when the feed has it (also its regional variant), else the feed's untagged text, else its first.
 */
export type TransitAlertHeaderArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A disruption or notice from GTFS-Realtime ServiceAlerts (GTFS_RT_SERVICE_ALERTS_URL),
 * attached to the lines and stops it names. Texts come in the language asked for
 * when the feed has it (also its regional variant), else the feed's untagged text, else its first.
 */
export type TransitAlertUrlArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Something about the active feed, for people running the hub. */
export type TransitFeed = {
  __typename?: 'TransitFeed';
  activeSince?: Maybe<Scalars['DateTime']['output']>;
  /** Whether GTFS-Realtime TripUpdates are being read (GTFS_RT_TRIP_UPDATES_URL). */
  realtime: Scalars['Boolean']['output'];
  /** The GTFS-Realtime feeds this instance reads, and when it last read each. */
  realtimeFeeds: Array<RealtimeFeed>;
  source: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
};

/** A line (GTFS route). */
export type TransitRoute = {
  __typename?: 'TransitRoute';
  /** Service alerts in force now that name this line or one of its trips. */
  alerts: Array<TransitAlert>;
  id: Scalars['ID']['output'];
  longName?: Maybe<Scalars['String']['output']>;
  /** The number or letter riders know, e.g. S28. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** GTFS route_type: 3 bus, 2 rail, 0 tram, ... */
  type: Scalars['Int']['output'];
};

/** A stop, platform or station of the imported GTFS feed. */
export type TransitStop = {
  __typename?: 'TransitStop';
  /** Service alerts in force now that name this stop, its station or (for a station) its platforms. */
  alerts: Array<TransitAlert>;
  /** Ids of the fare zones the stop lies in (see fareZoneMap); a platform is in its station's. */
  fareZones: Array<Scalars['ID']['output']>;
  /** The feed's stop_id. */
  id: Scalars['ID']['output'];
  /** True for a station that groups platforms (GTFS location_type 1). */
  isStation: Scalars['Boolean']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Whether a wheelchair user can board here (a platform inherits its station's value when it has none). */
  wheelchairBoarding: WheelchairAccess;
};

/** A trip of a line on one service day. */
export type TransitTrip = {
  __typename?: 'TransitTrip';
  /** For a run of a trip in frequencies.txt: its headway; null for a scheduled trip. */
  frequency?: Maybe<TripFrequency>;
  /** trips.txt's trip_id, also for a run of a frequencies.txt trip. */
  gtfsTripId: Scalars['ID']['output'];
  headsign?: Maybe<Scalars['String']['output']>;
  /** trips.txt's trip_id; for a run of a frequencies.txt trip trip_id@HH:MM:SS (the run's start). */
  id: Scalars['ID']['output'];
  route: TransitRoute;
  /** The service day (YYYY-MM-DD, Europe/Berlin) the trip's times count from. */
  serviceDate: Scalars['String']['output'];
  wheelchairAccessible: WheelchairAccess;
};

/**
 * How a run of a trip repeated by frequencies.txt is timed. With exactTimes
 * false (GTFS exact_times 0) the operator keeps the headway, not the minute:
 * show such departures as "every N min", their times are the nominal grid
 * from the interval's start.
 */
export type TripFrequency = {
  __typename?: 'TripFrequency';
  /** True: the run leaves at its time (exact_times 1); false: times are approximate. */
  exactTimes: Scalars['Boolean']['output'];
  /** Seconds between two runs. */
  headwaySeconds: Scalars['Int']['output'];
  /** When this run leaves its first stop, HH:MM:SS of the service day (GTFS-Realtime's start_time). */
  startTime: Scalars['String']['output'];
};

/** Where a vehicle is now, from GTFS-Realtime VehiclePositions (GTFS_RT_VEHICLE_POSITIONS_URL). */
export type VehiclePosition = {
  __typename?: 'VehiclePosition';
  /** Degrees clockwise from true north. */
  bearing?: Maybe<Scalars['Float']['output']>;
  /** The vehicle's id in the realtime feed. */
  id: Scalars['ID']['output'];
  /** What riders see on the vehicle, e.g. a fleet number. */
  label?: Maybe<Scalars['String']['output']>;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  /** GTFS-Realtime occupancy_status, e.g. MANY_SEATS_AVAILABLE; null when not given. */
  occupancy?: Maybe<Scalars['String']['output']>;
  /** The line: the trip's, or the one the feed names. */
  route?: Maybe<TransitRoute>;
  /** Metres per second. */
  speed?: Maybe<Scalars['Float']['output']>;
  status?: Maybe<VehicleStopStatus>;
  /** The stop it is at or comes to next. */
  stop?: Maybe<TransitStop>;
  /** When the position was measured. */
  timestamp?: Maybe<Scalars['DateTime']['output']>;
  /** The trip it runs, when the timetable knows it. */
  trip?: Maybe<TransitTrip>;
};

export type VehicleStopStatus =
  /** About to arrive at the stop. */
  | 'INCOMING_AT'
  /** On the way to the stop. */
  | 'IN_TRANSIT_TO'
  | 'STOPPED_AT';

/** GTFS accessibility: unknown (no information), possible, or not possible. */
export type WheelchairAccess =
  | 'NOT_POSSIBLE'
  | 'POSSIBLE'
  | 'UNKNOWN';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  PersonalData: PersonalData;
  PickupRequest: PickupRequest;
  TransitRoute: TransitRoute;
  TransitStop: TransitStop;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
  PickupRequest:
    ( { __typename: 'PickupRequest' }
    & GraphQLRecursivePick<FederationTypes['PickupRequest'], {"id":true}> );
  TransitRoute:
    ( { __typename: 'TransitRoute' }
    & GraphQLRecursivePick<FederationTypes['TransitRoute'], {"id":true}> );
  TransitStop:
    ( { __typename: 'TransitStop' }
    & GraphQLRecursivePick<FederationTypes['TransitStop'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AlertCause: AlertCause;
  AlertEffect: AlertEffect;
  AlertPeriod: ResolverTypeWrapper<AlertPeriod>;
  AlertSeverity: AlertSeverity;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Departure: ResolverTypeWrapper<Omit<Departure, 'alerts' | 'route' | 'stop' | 'trip'> & { alerts: Array<ResolversTypes['TransitAlert']>, route: ResolversTypes['TransitRoute'], stop: ResolversTypes['TransitStop'], trip: ResolversTypes['TransitTrip'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FareZone: ResolverTypeWrapper<FareZone>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FareZoneMap: ResolverTypeWrapper<FareZoneMap>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Journey: ResolverTypeWrapper<Omit<Journey, 'legs'> & { legs: Array<ResolversTypes['JourneyLeg']> }>;
  JourneyLeg: ResolverTypeWrapper<Omit<JourneyLeg, 'fromStop' | 'route' | 'toStop' | 'trip'> & { fromStop: ResolversTypes['TransitStop'], route?: Maybe<ResolversTypes['TransitRoute']>, toStop: ResolversTypes['TransitStop'], trip?: Maybe<ResolversTypes['TransitTrip']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  PickupRequest: ResolverTypeWrapper<PickupRequestModel>;
  PickupRequestStatus: PickupRequestStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RealtimeFeed: ResolverTypeWrapper<RealtimeFeed>;
  RealtimeFeedKind: RealtimeFeedKind;
  RequestPickupInput: RequestPickupInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TransitAlert: ResolverTypeWrapper<AlertInfo>;
  TransitFeed: ResolverTypeWrapper<TransitFeed>;
  TransitRoute: ResolverTypeWrapper<RouteModel>;
  TransitStop: ResolverTypeWrapper<StopModel>;
  TransitTrip: ResolverTypeWrapper<TripModel>;
  TripFrequency: ResolverTypeWrapper<TripFrequency>;
  VehiclePosition: ResolverTypeWrapper<VehiclePositionModel>;
  VehicleStopStatus: VehicleStopStatus;
  WheelchairAccess: WheelchairAccess;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AlertPeriod: AlertPeriod;
  DateTime: Scalars['DateTime']['output'];
  Departure: Omit<Departure, 'alerts' | 'route' | 'stop' | 'trip'> & { alerts: Array<ResolversParentTypes['TransitAlert']>, route: ResolversParentTypes['TransitRoute'], stop: ResolversParentTypes['TransitStop'], trip: ResolversParentTypes['TransitTrip'] };
  Int: Scalars['Int']['output'];
  FareZone: FareZone;
  ID: Scalars['ID']['output'];
  FareZoneMap: FareZoneMap;
  FieldSet: Scalars['FieldSet']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Journey: Omit<Journey, 'legs'> & { legs: Array<ResolversParentTypes['JourneyLeg']> };
  JourneyLeg: Omit<JourneyLeg, 'fromStop' | 'route' | 'toStop' | 'trip'> & { fromStop: ResolversParentTypes['TransitStop'], route?: Maybe<ResolversParentTypes['TransitRoute']>, toStop: ResolversParentTypes['TransitStop'], trip?: Maybe<ResolversParentTypes['TransitTrip']> };
  Mutation: Record<PropertyKey, never>;
  PersonalData: PersonalDataRef;
  PickupRequest: PickupRequestModel;
  Query: Record<PropertyKey, never>;
  Float: Scalars['Float']['output'];
  RealtimeFeed: RealtimeFeed;
  RequestPickupInput: RequestPickupInput;
  Subscription: Record<PropertyKey, never>;
  TransitAlert: AlertInfo;
  TransitFeed: TransitFeed;
  TransitRoute: RouteModel;
  TransitStop: StopModel;
  TransitTrip: TripModel;
  TripFrequency: TripFrequency;
  VehiclePosition: VehiclePositionModel;
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AlertPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertPeriod'] = ResolversParentTypes['AlertPeriod']> = {
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Departure'] = ResolversParentTypes['Departure']> = {
  alerts?: Resolver<Array<ResolversTypes['TransitAlert']>, ParentType, ContextType>;
  delayMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expectedTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headsign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  route?: Resolver<ResolversTypes['TransitRoute'], ParentType, ContextType>;
  scheduledTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stop?: Resolver<ResolversTypes['TransitStop'], ParentType, ContextType>;
  stopSequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trip?: Resolver<ResolversTypes['TransitTrip'], ParentType, ContextType>;
};

export type FareZoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FareZone'] = ResolversParentTypes['FareZone']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stopIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type FareZoneMapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FareZoneMap'] = ResolversParentTypes['FareZoneMap']> = {
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['FareZone']>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type JourneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Journey'] = ResolversParentTypes['Journey']> = {
  arrival?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departure?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fareZones?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['JourneyLeg']>, ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JourneyLegResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JourneyLeg'] = ResolversParentTypes['JourneyLeg']> = {
  arrival?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departure?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fareZones?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  fromStop?: Resolver<ResolversTypes['TransitStop'], ParentType, ContextType>;
  headsign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['TransitRoute']>, ParentType, ContextType>;
  toStop?: Resolver<ResolversTypes['TransitStop'], ParentType, ContextType>;
  trip?: Resolver<Maybe<ResolversTypes['TransitTrip']>, ParentType, ContextType>;
  walking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgePickupRequest?: Resolver<ResolversTypes['PickupRequest'], ParentType, ContextType, RequireFields<MutationAcknowledgePickupRequestArgs, 'id'>>;
  driveTrip?: Resolver<ResolversTypes['TransitTrip'], ParentType, ContextType, RequireFields<MutationDriveTripArgs, 'serviceDate' | 'tripId'>>;
  requestWheelchairPickup?: Resolver<ResolversTypes['PickupRequest'], ParentType, ContextType, RequireFields<MutationRequestWheelchairPickupArgs, 'input'>>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transit?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type PickupRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PickupRequest'] = ResolversParentTypes['PickupRequest'], FederationReferenceType extends FederationReferenceTypes['PickupRequest'] = FederationReferenceTypes['PickupRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PickupRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheduledDeparture?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PickupRequestStatus'], ParentType, ContextType>;
  stop?: Resolver<Maybe<ResolversTypes['TransitStop']>, ParentType, ContextType>;
  trip?: Resolver<Maybe<ResolversTypes['TransitTrip']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  departures?: Resolver<Array<ResolversTypes['Departure']>, ParentType, ContextType, RequireFields<QueryDeparturesArgs, 'limit' | 'stopId'>>;
  fareZoneMap?: Resolver<ResolversTypes['FareZoneMap'], ParentType, ContextType>;
  journeys?: Resolver<Array<ResolversTypes['Journey']>, ParentType, ContextType, RequireFields<QueryJourneysArgs, 'departAt' | 'fromStopId' | 'limit' | 'toStopId' | 'wheelchairOnly'>>;
  myPickupRequests?: Resolver<Array<ResolversTypes['PickupRequest']>, ParentType, ContextType>;
  transitAlerts?: Resolver<Array<ResolversTypes['TransitAlert']>, ParentType, ContextType, Partial<QueryTransitAlertsArgs>>;
  transitFeed?: Resolver<Maybe<ResolversTypes['TransitFeed']>, ParentType, ContextType>;
  transitStop?: Resolver<Maybe<ResolversTypes['TransitStop']>, ParentType, ContextType, RequireFields<QueryTransitStopArgs, 'id'>>;
  transitStops?: Resolver<Array<ResolversTypes['TransitStop']>, ParentType, ContextType, RequireFields<QueryTransitStopsArgs, 'limit' | 'search'>>;
  transitStopsNear?: Resolver<Array<ResolversTypes['TransitStop']>, ParentType, ContextType, RequireFields<QueryTransitStopsNearArgs, 'latitude' | 'limit' | 'longitude'>>;
  tripPickupRequests?: Resolver<Array<ResolversTypes['PickupRequest']>, ParentType, ContextType, RequireFields<QueryTripPickupRequestsArgs, 'serviceDate' | 'tripId'>>;
  vehiclePositions?: Resolver<Array<ResolversTypes['VehiclePosition']>, ParentType, ContextType, Partial<QueryVehiclePositionsArgs>>;
};

export type RealtimeFeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealtimeFeed'] = ResolversParentTypes['RealtimeFeed']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fetchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RealtimeFeedKind'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  departuresChanged?: SubscriptionResolver<Array<ResolversTypes['Departure']>, "departuresChanged", ParentType, ContextType, RequireFields<SubscriptionDeparturesChangedArgs, 'limit' | 'stopId'>>;
  pickupRequestChanged?: SubscriptionResolver<ResolversTypes['PickupRequest'], "pickupRequestChanged", ParentType, ContextType, RequireFields<SubscriptionPickupRequestChangedArgs, 'id'>>;
  pickupRequested?: SubscriptionResolver<ResolversTypes['PickupRequest'], "pickupRequested", ParentType, ContextType, RequireFields<SubscriptionPickupRequestedArgs, 'serviceDate' | 'tripId'>>;
  transitAlertsChanged?: SubscriptionResolver<Array<ResolversTypes['TransitAlert']>, "transitAlertsChanged", ParentType, ContextType, Partial<SubscriptionTransitAlertsChangedArgs>>;
  vehiclePositionsChanged?: SubscriptionResolver<Array<ResolversTypes['VehiclePosition']>, "vehiclePositionsChanged", ParentType, ContextType, Partial<SubscriptionVehiclePositionsChangedArgs>>;
};

export type TransitAlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitAlert'] = ResolversParentTypes['TransitAlert']> = {
  activePeriods?: Resolver<Array<ResolversTypes['AlertPeriod']>, ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['AlertCause'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TransitAlertDescriptionArgs, 'language'>>;
  effect?: Resolver<ResolversTypes['AlertEffect'], ParentType, ContextType>;
  header?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TransitAlertHeaderArgs, 'language'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['TransitRoute']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['TransitStop']>, ParentType, ContextType>;
  tripIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TransitAlertUrlArgs, 'language'>>;
};

export type TransitFeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitFeed'] = ResolversParentTypes['TransitFeed']> = {
  activeSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  realtime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  realtimeFeeds?: Resolver<Array<ResolversTypes['RealtimeFeed']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TransitRouteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitRoute'] = ResolversParentTypes['TransitRoute'], FederationReferenceType extends FederationReferenceTypes['TransitRoute'] = FederationReferenceTypes['TransitRoute']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TransitRoute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<Array<ResolversTypes['TransitAlert']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  longName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransitStopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitStop'] = ResolversParentTypes['TransitStop'], FederationReferenceType extends FederationReferenceTypes['TransitStop'] = FederationReferenceTypes['TransitStop']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TransitStop']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<Array<ResolversTypes['TransitAlert']>, ParentType, ContextType>;
  fareZones?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isStation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wheelchairBoarding?: Resolver<ResolversTypes['WheelchairAccess'], ParentType, ContextType>;
};

export type TransitTripResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitTrip'] = ResolversParentTypes['TransitTrip']> = {
  frequency?: Resolver<Maybe<ResolversTypes['TripFrequency']>, ParentType, ContextType>;
  gtfsTripId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  headsign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['TransitRoute'], ParentType, ContextType>;
  serviceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wheelchairAccessible?: Resolver<ResolversTypes['WheelchairAccess'], ParentType, ContextType>;
};

export type TripFrequencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TripFrequency'] = ResolversParentTypes['TripFrequency']> = {
  exactTimes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  headwaySeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VehiclePositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VehiclePosition'] = ResolversParentTypes['VehiclePosition']> = {
  bearing?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  occupancy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['TransitRoute']>, ParentType, ContextType>;
  speed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['VehicleStopStatus']>, ParentType, ContextType>;
  stop?: Resolver<Maybe<ResolversTypes['TransitStop']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  trip?: Resolver<Maybe<ResolversTypes['TransitTrip']>, ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  AlertPeriod?: AlertPeriodResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Departure?: DepartureResolvers<ContextType>;
  FareZone?: FareZoneResolvers<ContextType>;
  FareZoneMap?: FareZoneMapResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Journey?: JourneyResolvers<ContextType>;
  JourneyLeg?: JourneyLegResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  PickupRequest?: PickupRequestResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RealtimeFeed?: RealtimeFeedResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TransitAlert?: TransitAlertResolvers<ContextType>;
  TransitFeed?: TransitFeedResolvers<ContextType>;
  TransitRoute?: TransitRouteResolvers<ContextType>;
  TransitStop?: TransitStopResolvers<ContextType>;
  TransitTrip?: TransitTripResolvers<ContextType>;
  TripFrequency?: TripFrequencyResolvers<ContextType>;
  VehiclePosition?: VehiclePositionResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
