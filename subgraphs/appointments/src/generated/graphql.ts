import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { AppointmentModel, ServiceModel, LocationModel, OpeningHoursModel, CitizenRef, SlotModel, AuditEntryModel, AuditLogModel } from '../models.ts';
import type { TicketModel, ProgressModel, CallDisplayModel, QueueCallModel, QueueModel, CounterModel, SettingsModel, HandlingModel } from '../queue/models.ts';
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

/** A booked visit. */
export type Appointment = {
  __typename?: 'Appointment';
  attendance: AppointmentAttendance;
  /** Why the Bürgerbüro cancelled it, if staff did (the person and staff only). */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who booked: signed-in callers only (the person and staff; null for others). */
  citizen?: Maybe<Citizen>;
  /** The confirmation code; with it the appointment can be looked up and cancelled without signing in. */
  code: Scalars['String']['output'];
  /** The counter the booking holds (staff only). */
  counter?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  end: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location: OfficeLocation;
  /** Once checked in: its ticket in the waiting-room queue (the person and staff only). */
  queueTicket?: Maybe<QueueTicketProgress>;
  /** At most 5 per visit. */
  services: Array<AppointmentService>;
  start: Scalars['DateTime']['output'];
  status: AppointmentStatus;
};

/** Whether the citizen came: set by the Bürgerbüro on the day. */
export type AppointmentAttendance =
  /** Arrived and checked in at the office: the appointment waits in the location's queue. */
  | 'CHECKED_IN'
  /** Not yet checked in. */
  | 'EXPECTED'
  /** Did not come (set by staff once the appointment has begun). */
  | 'NO_SHOW';

/** A service of the citizens' office that can be booked, e.g. applying for an ID card. */
export type AppointmentService = {
  __typename?: 'AppointmentService';
  description?: Maybe<Scalars['String']['output']>;
  /** Minutes at the counter; several services in one visit add up. */
  durationMinutes: Scalars['Int']['output'];
  /** The fee in euro cents for the usual case: 0 = free, null = not known (ask the office). */
  feeCents?: Maybe<Scalars['Int']['output']>;
  /** When the fee differs (e.g. for people under 24) or that a value is a sample, in German. */
  feeNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Key in the national service catalogue (LeiKa), where known. */
  leikaKey?: Maybe<Scalars['String']['output']>;
  /** German name, as shown to citizens. */
  name: Scalars['String']['output'];
  /** What to bring to the counter, one item each, in German. Empty when nothing is needed or not yet known. */
  whatToBring: Array<Scalars['String']['output']>;
};

export type AppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED';

/** One action recorded in the audit log: who did what to which record, when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. apiKey.revoke, appointments.list or councilBroadcast.start. */
  action: Scalars['String']['output'];
  /** For staff: their department at the time. */
  actorDepartment?: Maybe<Scalars['String']['output']>;
  actorId: Scalars['ID']['output'];
  actorRoles: Array<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  recordId: Scalars['String']['output'];
  recordType: Scalars['String']['output'];
};

/** The audit log for one filter (see citizens' Query.auditLog); this subgraph adds staff access to bookings. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** Staff reading a location's bookings, staff cancelling a citizen's appointment. */
  appointments: Array<AuditEntry>;
  id: Scalars['ID']['output'];
};

/** Live availability of one location on one local date. */
export type AvailabilityChange = {
  __typename?: 'AvailabilityChange';
  /** The local date in Kaarst (Europe/Berlin), YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Free 15-minute slots left on that date, counted per counter. */
  freeSlots: Scalars['Int']['output'];
  location: OfficeLocation;
};

export type BookAppointmentInput = {
  /** Chosen by the client per booking attempt: repeating it returns the same appointment. */
  idempotencyKey: Scalars['String']['input'];
  locationId: Scalars['ID']['input'];
  /** One or more services for one visit (at most 5). */
  serviceIds: Array<Scalars['ID']['input']>;
  /** Must be the start of a slot from availableSlots. */
  start: Scalars['DateTime']['input'];
};

/** The public call-up display of one location (the waiting room screen, the kiosk). */
export type CallDisplay = {
  __typename?: 'CallDisplay';
  /** Tickets called or at a counter now, the latest call first (at most 8). */
  calls: Array<QueueCall>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** About how many minutes a walk-in drawing a ticket now waits; null while no counter is open. */
  estimatedWaitMinutes?: Maybe<Scalars['Int']['output']>;
  location: OfficeLocation;
  /** The call that caused this update (play the sound), if it was a call. */
  newCall?: Maybe<QueueCall>;
  updatedAt: Scalars['DateTime']['output'];
  /** Tickets waiting. */
  waiting: Scalars['Int']['output'];
  /** Whether the kiosk hands out walk-in tickets now. */
  walkInsOpen: Scalars['Boolean']['output'];
};

export type CallNextQueueTicketInput = {
  /** The counter calling (1..counters of the location); opened for you if nobody holds it. */
  counter: Scalars['Int']['input'];
  /** Chosen per press: repeating it returns the ticket that press called. */
  idempotencyKey: Scalars['String']['input'];
  locationId: Scalars['ID']['input'];
};

export type Citizen = {
  __typename?: 'Citizen';
  /** The person's appointments, soonest first. Only the person themselves and staff may read them. */
  appointments: Array<Appointment>;
  id: Scalars['ID']['output'];
};

export type CounterQueueStatistics = {
  __typename?: 'CounterQueueStatistics';
  counter: Scalars['Int']['output'];
  handling: DurationSummary;
  served: Scalars['Int']['output'];
  waiting: DurationSummary;
};

/** One counter's appointments on one day. */
export type CounterSchedule = {
  __typename?: 'CounterSchedule';
  /** In start order (a counter's day holds about 40 slots of 5 to 20 minutes). */
  appointments: Array<Appointment>;
  counter: Scalars['Int']['output'];
};

export type DrawQueueTicketInput = {
  /** Chosen per press of the button: repeating it returns the same ticket. */
  idempotencyKey: Scalars['String']['input'];
  locationId: Scalars['ID']['input'];
  /** One or more services (at most 5). */
  serviceIds: Array<Scalars['ID']['input']>;
};

/** Minutes over a set of tickets (null values when count is 0). */
export type DurationSummary = {
  __typename?: 'DurationSummary';
  count: Scalars['Int']['output'];
  maxMinutes?: Maybe<Scalars['Float']['output']>;
  meanMinutes?: Maybe<Scalars['Float']['output']>;
  medianMinutes?: Maybe<Scalars['Float']['output']>;
  p90Minutes?: Maybe<Scalars['Float']['output']>;
};

/** A day the mobile citizens' office stands at a place: bookable like any office. */
export type MobileOfficeStop = {
  __typename?: 'MobileOfficeStop';
  closes: Scalars['String']['output'];
  /** The local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  location: OfficeLocation;
  /** Local time, HH:MM. */
  opens: Scalars['String']['output'];
};

export type MobileOfficeStopInput = {
  closes: Scalars['String']['input'];
  /** The local date, YYYY-MM-DD; today or later. */
  date: Scalars['String']['input'];
  /** A location of the mobile office (mobile: true). */
  locationId: Scalars['ID']['input'];
  opens: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Books a slot for the signed-in citizen. A slot taken meanwhile gives SLOT_TAKEN; a time that
   * overlaps one of the citizen's own booked appointments (anywhere) gives ALREADY_BOOKED.
   */
  bookAppointment: Appointment;
  /** Bürgerbüro: calls the next ticket to your counter; null when nobody is waiting. CONFLICT while a ticket is still at the counter. */
  callNextQueueTicket?: Maybe<QueueTicket>;
  /** Bürgerbüro: calls one waiting ticket out of turn to your counter. */
  callQueueTicket: QueueTicket;
  /** Cancels by confirmation code, without sign-in. Cancelling twice returns the cancelled appointment. */
  cancelAppointment: Appointment;
  /** Bürgerbüro: cancels a booking with a reason the citizen sees (3 to 500 characters); frees its slot; audited. */
  cancelAppointmentAsStaff: Appointment;
  /** Bürgerbüro: the ticket leaves the queue (e.g. the person went home). */
  cancelQueueTicket: QueueTicket;
  /** Bürgerbüro: the citizen has arrived (today); the appointment joins the queue. Checking in twice changes nothing. */
  checkInAppointment: Appointment;
  /** Bürgerbüro: leave a counter (it no longer counts for the estimate). A ticket still at it stays there. */
  closeQueueCounter: QueueCounter;
  /** A walk-in ticket: from a Bürgerbüro screen or the kiosk at the entrance (a kiosk account). */
  drawQueueTicket: QueueTicket;
  /** Bürgerbüro: done; the handling time feeds the estimate. */
  finishQueueTicket: QueueTicket;
  /**
   * Follows a ticket (drawn at the kiosk or a counter) by its code with the signed-in account: a
   * notification (inbox, and a push where the topic QUEUE_CALLED_NEXT is switched on) when it is
   * next in line and when it is called, once each. Nobody else sees who follows a ticket. Following
   * it again changes nothing; CONFLICT when another account follows it or the ticket is over,
   * NOT_FOUND for an unknown code.
   */
  followQueueTicket: QueueTicketProgress;
  /** Bürgerbüro: the citizen did not come (once the appointment has begun). */
  markAppointmentNoShow: Appointment;
  /** Bürgerbüro: the called citizen did not come. */
  markQueueTicketMissed: QueueTicket;
  /** Bürgerbüro: take a counter (also from a colleague who left it open). */
  openQueueCounter: QueueCounter;
  /** Bürgerbüro: sets a called or served ticket aside (frees the counter). */
  parkQueueTicket: QueueTicket;
  /** Bürgerbüro: calls the ticket at your counter again; after maxRecalls re-calls it becomes MISSED. seenCallCount is the callCount you saw: a repeated request changes nothing. */
  recallQueueTicket: QueueTicket;
  /** Bürgerbüro: a parked or missed ticket waits again, at its old place in line (toEnd: at the end). */
  resumeQueueTicket: QueueTicket;
  /** Staff: the van stands at a place on a day; its slots can be booked at once. Scheduling it twice changes nothing. */
  scheduleMobileOfficeStop: MobileOfficeStop;
  /** Bürgerbüro: the citizen is at your counter. */
  startServingQueueTicket: QueueTicket;
  /** Stops following a ticket (true when the signed-in account followed it). */
  unfollowQueueTicket: Scalars['Boolean']['output'];
  /** Bürgerbüro: how a location's queue orders and calls; waiting tickets take the new priorities at once. */
  updateQueueSettings: QueueSettings;
};


export type MutationBookAppointmentArgs = {
  input: BookAppointmentInput;
};


export type MutationCallNextQueueTicketArgs = {
  input: CallNextQueueTicketInput;
};


export type MutationCallQueueTicketArgs = {
  counter: Scalars['Int']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationCancelAppointmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCancelAppointmentAsStaffArgs = {
  appointmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelQueueTicketArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationCheckInAppointmentArgs = {
  appointmentId: Scalars['ID']['input'];
};


export type MutationCloseQueueCounterArgs = {
  counter: Scalars['Int']['input'];
  locationId: Scalars['ID']['input'];
};


export type MutationDrawQueueTicketArgs = {
  input: DrawQueueTicketInput;
};


export type MutationFinishQueueTicketArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationFollowQueueTicketArgs = {
  code: Scalars['String']['input'];
};


export type MutationMarkAppointmentNoShowArgs = {
  appointmentId: Scalars['ID']['input'];
};


export type MutationMarkQueueTicketMissedArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationOpenQueueCounterArgs = {
  counter: Scalars['Int']['input'];
  locationId: Scalars['ID']['input'];
};


export type MutationParkQueueTicketArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationRecallQueueTicketArgs = {
  seenCallCount: Scalars['Int']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationResumeQueueTicketArgs = {
  ticketId: Scalars['ID']['input'];
  toEnd?: Scalars['Boolean']['input'];
};


export type MutationScheduleMobileOfficeStopArgs = {
  input: MobileOfficeStopInput;
};


export type MutationStartServingQueueTicketArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationUnfollowQueueTicketArgs = {
  code: Scalars['String']['input'];
};


export type MutationUpdateQueueSettingsArgs = {
  input: QueueSettingsInput;
  locationId: Scalars['ID']['input'];
};

/** A place where appointments happen: a town hall or the mobile citizens' office. */
export type OfficeLocation = {
  __typename?: 'OfficeLocation';
  address: Scalars['String']['output'];
  /** How many appointments can run at the same time (counters). */
  counters: Scalars['Int']['output'];
  /** Kaarst, Büttgen, Holzbüttgen, Vorst or Driesch. */
  district?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mobile citizens' office, which comes to the districts. */
  mobile: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  openingHours: Array<OpeningHours>;
};

/** Opening hours of a location on one weekday, or on one date (local time, Europe/Berlin). */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Local time, HH:MM. */
  closes: Scalars['String']['output'];
  /** Set for hours of one local date only (YYYY-MM-DD), e.g. a stop of the mobile office. */
  date?: Maybe<Scalars['String']['output']>;
  /** Local time, HH:MM. */
  opens: Scalars['String']['output'];
  /** 1 = Monday ... 7 = Sunday (ISO 8601). */
  weekday: Scalars['Int']['output'];
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their appointments, past and future, and which staff looked at them. */
  appointments: Scalars['JSONObject']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An appointment by its confirmation code (no sign-in needed). */
  appointmentByCode?: Maybe<Appointment>;
  /** Bürgerbüro: a location's appointments per day and counter, from a local date (YYYY-MM-DD) for 1 to 7 days (one element per day). Recorded in the audit log. */
  appointmentSchedule: Array<ScheduleDay>;
  /** The bookable services. */
  appointmentServices: Array<AppointmentService>;
  /** Staff: the appointments at one location in a time range. */
  appointmentsAt: Array<Appointment>;
  /** Free slots for all the given services in one visit, between from and to (at most 31 days). */
  availableSlots: Array<Slot>;
  /** Public: the waiting-room display of a location (ticket labels and counters, never names). */
  callDisplay: CallDisplay;
  /** The mobile office's stops from a local date on (default today), in date order. */
  mobileOfficeStops: Array<MobileOfficeStop>;
  /** The tickets of today the signed-in person follows (followQueueTicket), in the order drawn. */
  myQueueTickets: Array<QueueTicketProgress>;
  /** Town halls and the mobile citizens' office. */
  officeLocations: Array<OfficeLocation>;
  /** Bürgerbüro: a location's queue today. */
  queue: Queue;
  /** Bürgerbüro: waiting and handling times of one day (YYYY-MM-DD) per service and counter. */
  queueStatistics: QueueDayStatistics;
  /** Public: your ticket by the code printed on it; null for an unknown code. */
  queueTicketByCode?: Maybe<QueueTicketProgress>;
};


export type QueryAppointmentByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryAppointmentScheduleArgs = {
  days?: Scalars['Int']['input'];
  from: Scalars['String']['input'];
  includeCancelled?: Scalars['Boolean']['input'];
  locationId: Scalars['ID']['input'];
};


export type QueryAppointmentsAtArgs = {
  from: Scalars['DateTime']['input'];
  locationId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryAvailableSlotsArgs = {
  from: Scalars['DateTime']['input'];
  locationId?: InputMaybe<Scalars['ID']['input']>;
  serviceIds: Array<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryCallDisplayArgs = {
  locationId: Scalars['ID']['input'];
};


export type QueryMobileOfficeStopsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQueueArgs = {
  locationId: Scalars['ID']['input'];
};


export type QueryQueueStatisticsArgs = {
  date: Scalars['String']['input'];
  locationId: Scalars['ID']['input'];
};


export type QueryQueueTicketByCodeArgs = {
  code: Scalars['String']['input'];
};

/** A location's queue today, as staff see it. */
export type Queue = {
  __typename?: 'Queue';
  /** Called or at a counter now (one per counter). */
  active: Array<QueueTicket>;
  counters: Array<QueueCounter>;
  date: Scalars['String']['output'];
  /** About how many minutes a walk-in drawing a ticket now waits; null while no counter is open. */
  estimatedWaitMinutes?: Maybe<Scalars['Int']['output']>;
  /** Expected handling minutes per service now (the moving median the estimate uses). */
  handlingMinutes: Array<ServiceHandlingTime>;
  location: OfficeLocation;
  missed: Array<QueueTicket>;
  parked: Array<QueueTicket>;
  settings: QueueSettings;
  /** Waiting tickets in the order they will be called (with ahead and estimatedWaitMinutes). */
  waiting: Array<QueueTicket>;
};

/** One call on the waiting-room display: a ticket label and a counter, never a name. */
export type QueueCall = {
  __typename?: 'QueueCall';
  /** 1 for the first call, 2 and more for re-calls. */
  callCount: Scalars['Int']['output'];
  calledAt: Scalars['DateTime']['output'];
  counter: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/** One counter (Schalter) of a location in today's queue. */
export type QueueCounter = {
  __typename?: 'QueueCounter';
  counter: Scalars['Int']['output'];
  /** Who holds it. */
  heldBy?: Maybe<Citizen>;
  heldByMe: Scalars['Boolean']['output'];
  /** Opened today by a member of staff (open counters are what the waiting-time estimate counts). */
  open: Scalars['Boolean']['output'];
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The ticket called to or served at it now. */
  ticket?: Maybe<QueueTicket>;
};

/** A location's queue on one day, for staff. */
export type QueueDayStatistics = {
  __typename?: 'QueueDayStatistics';
  appointments: Scalars['Int']['output'];
  byCounter: Array<CounterQueueStatistics>;
  byService: Array<ServiceQueueStatistics>;
  cancelled: Scalars['Int']['output'];
  date: Scalars['String']['output'];
  handling: DurationSummary;
  location: OfficeLocation;
  missed: Scalars['Int']['output'];
  /** Still waiting, called or parked. */
  open: Scalars['Int']['output'];
  served: Scalars['Int']['output'];
  tickets: Scalars['Int']['output'];
  waiting: DurationSummary;
  walkIns: Scalars['Int']['output'];
};

/** How a location's queue orders and calls (Bürgerbüro staff change it). */
export type QueueSettings = {
  __typename?: 'QueueSettings';
  /** A checked-in appointment may be called this many minutes before its booked time, not earlier. */
  appointmentEarlyMinutes: Scalars['Int']['output'];
  /** Priority of checked-in appointments (smaller is called sooner; equal priorities: first come, first served). */
  appointmentPriority: Scalars['Int']['output'];
  /** How many times a ticket may be called again before it counts as missed. */
  maxRecalls: Scalars['Int']['output'];
  /** Priority of walk-ins. */
  walkInPriority: Scalars['Int']['output'];
  /** The kiosk hands out walk-in tickets (staff can draw them always). */
  walkInsOpen: Scalars['Boolean']['output'];
};

export type QueueSettingsInput = {
  /** 0..120 */
  appointmentEarlyMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** 0..9 */
  appointmentPriority?: InputMaybe<Scalars['Int']['input']>;
  /** 0..10 */
  maxRecalls?: InputMaybe<Scalars['Int']['input']>;
  /** 0..9 */
  walkInPriority?: InputMaybe<Scalars['Int']['input']>;
  walkInsOpen?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A ticket in a location's waiting-room queue, as staff see it. Walk-in tickets hold
 * no personal data: services, times and the number only.
 */
export type QueueTicket = {
  __typename?: 'QueueTicket';
  /** Waiting tickets: how many will be called before it. */
  ahead?: Maybe<Scalars['Int']['output']>;
  /** A checked-in appointment's booking (staff only). */
  appointment?: Maybe<Appointment>;
  /** How often it was called (the first call counts). */
  callCount: Scalars['Int']['output'];
  /** The code the citizen follows the ticket with (printed on the ticket; queueTicketByCode). */
  code: Scalars['String']['output'];
  /** The counter it is called to or served at (CALLED and SERVING only). */
  counter?: Maybe<Scalars['Int']['output']>;
  /** The local date the ticket is for, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  drawnAt: Scalars['DateTime']['output'];
  /** Waiting tickets: about how many minutes until it is called; null while no counter is open. */
  estimatedWaitMinutes?: Maybe<Scalars['Int']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  firstCalledAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: QueueTicketKind;
  /** What the display shows and the citizen holds, e.g. W-012 or T-007: unique per location and day. */
  label: Scalars['String']['output'];
  lastCalledAt?: Maybe<Scalars['DateTime']['output']>;
  location: OfficeLocation;
  /** The day's running number at the location (1, 2, ...). */
  number: Scalars['Int']['output'];
  /** Smaller is called sooner (from the location's queue settings). */
  priority: Scalars['Int']['output'];
  /** At most 5. */
  services: Array<AppointmentService>;
  servingStartedAt?: Maybe<Scalars['DateTime']['output']>;
  status: QueueTicketStatus;
};

export type QueueTicketKind =
  /** A checked-in appointment (label T-…). */
  | 'APPOINTMENT'
  /** Drawn at the kiosk or by staff for someone without an appointment (label W-…). */
  | 'WALK_IN';

/** What a citizen sees of their own ticket (by its code): never anyone else's. */
export type QueueTicketProgress = {
  __typename?: 'QueueTicketProgress';
  /** Waiting: how many will be called before you. */
  ahead?: Maybe<Scalars['Int']['output']>;
  callCount: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  /** Called or being served: the counter to go to. */
  counter?: Maybe<Scalars['Int']['output']>;
  date: Scalars['String']['output'];
  /** Waiting: about how many minutes until your call; null while no counter is open. */
  estimatedWaitMinutes?: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
  lastCalledAt?: Maybe<Scalars['DateTime']['output']>;
  location: OfficeLocation;
  services: Array<AppointmentService>;
  status: QueueTicketStatus;
};

/** Where a ticket stands. WAITING → CALLED → SERVING → DONE; a called ticket may be PARKED or become MISSED, and both can be resumed. */
export type QueueTicketStatus =
  /** Called to a counter; the citizen is on the way. */
  | 'CALLED'
  | 'CANCELLED'
  | 'DONE'
  /** Called as often as allowed without coming; staff can resume it. */
  | 'MISSED'
  /** Set aside by staff (e.g. a document is missing); resumed later. */
  | 'PARKED'
  /** At the counter. */
  | 'SERVING'
  /** In line. */
  | 'WAITING';

/** A location's appointments on one local date, per counter. */
export type ScheduleDay = {
  __typename?: 'ScheduleDay';
  /** Every counter of the location (1..counters), also those with no appointment. */
  counters: Array<CounterSchedule>;
  /** YYYY-MM-DD (Europe/Berlin). */
  date: Scalars['String']['output'];
  location: OfficeLocation;
};

/** What the estimate expects one service to take at a location now. */
export type ServiceHandlingTime = {
  __typename?: 'ServiceHandlingTime';
  minutes: Scalars['Float']['output'];
  /** Recent handled tickets the median is taken over; 0: the catalogue's duration is used. */
  samples: Scalars['Int']['output'];
  service: AppointmentService;
};

export type ServiceQueueStatistics = {
  __typename?: 'ServiceQueueStatistics';
  /** At the counter (this service's share of a visit with several). */
  handling: DurationSummary;
  service: AppointmentService;
  tickets: Scalars['Int']['output'];
  /** From when a ticket could be called to its first call. */
  waiting: DurationSummary;
};

/** A free time at one location for the requested services. */
export type Slot = {
  __typename?: 'Slot';
  end: Scalars['DateTime']['output'];
  location: OfficeLocation;
  start: Scalars['DateTime']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Staff: appointments booked at a location, as they happen. */
  appointmentBooked: Appointment;
  /** Public: a location's availability changed (a booking or a cancellation), e.g. for the city displays. */
  availabilityChanged: AvailabilityChange;
  /** Public: the waiting-room display, on every change of the location's queue (newCall set on a call). */
  callDisplayChanged: CallDisplay;
  /** Bürgerbüro: the location's queue, on every change. */
  queueChanged: Queue;
  /** Public with the ticket's code: your place, estimate and call, live. */
  queueTicketChanged: QueueTicketProgress;
};


export type SubscriptionAppointmentBookedArgs = {
  locationId: Scalars['ID']['input'];
};


export type SubscriptionAvailabilityChangedArgs = {
  locationId: Scalars['ID']['input'];
};


export type SubscriptionCallDisplayChangedArgs = {
  locationId: Scalars['ID']['input'];
};


export type SubscriptionQueueChangedArgs = {
  locationId: Scalars['ID']['input'];
};


export type SubscriptionQueueTicketChangedArgs = {
  code: Scalars['String']['input'];
};



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
  Appointment: Appointment;
  AppointmentService: AppointmentService;
  AuditLog: AuditLog;
  Citizen: Citizen;
  OfficeLocation: OfficeLocation;
  PersonalData: PersonalData;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Appointment:
    ( { __typename: 'Appointment' }
    & GraphQLRecursivePick<FederationTypes['Appointment'], {"id":true}> );
  AppointmentService:
    ( { __typename: 'AppointmentService' }
    & GraphQLRecursivePick<FederationTypes['AppointmentService'], {"id":true}> );
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"id":true}> );
  Citizen:
    ( { __typename: 'Citizen' }
    & GraphQLRecursivePick<FederationTypes['Citizen'], {"id":true}> );
  OfficeLocation:
    ( { __typename: 'OfficeLocation' }
    & GraphQLRecursivePick<FederationTypes['OfficeLocation'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Appointment: ResolverTypeWrapper<AppointmentModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppointmentAttendance: AppointmentAttendance;
  AppointmentService: ResolverTypeWrapper<ServiceModel>;
  AppointmentStatus: AppointmentStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  AvailabilityChange: ResolverTypeWrapper<Omit<AvailabilityChange, 'location'> & { location: ResolversTypes['OfficeLocation'] }>;
  BookAppointmentInput: BookAppointmentInput;
  CallDisplay: ResolverTypeWrapper<CallDisplayModel>;
  CallNextQueueTicketInput: CallNextQueueTicketInput;
  Citizen: ResolverTypeWrapper<CitizenRef>;
  CounterQueueStatistics: ResolverTypeWrapper<CounterQueueStatistics>;
  CounterSchedule: ResolverTypeWrapper<Omit<CounterSchedule, 'appointments'> & { appointments: Array<ResolversTypes['Appointment']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DrawQueueTicketInput: DrawQueueTicketInput;
  DurationSummary: ResolverTypeWrapper<DurationSummary>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  MobileOfficeStop: ResolverTypeWrapper<Omit<MobileOfficeStop, 'location'> & { location: ResolversTypes['OfficeLocation'] }>;
  MobileOfficeStopInput: MobileOfficeStopInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficeLocation: ResolverTypeWrapper<LocationModel>;
  OpeningHours: ResolverTypeWrapper<OpeningHoursModel>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Queue: ResolverTypeWrapper<QueueModel>;
  QueueCall: ResolverTypeWrapper<QueueCallModel>;
  QueueCounter: ResolverTypeWrapper<CounterModel>;
  QueueDayStatistics: ResolverTypeWrapper<Omit<QueueDayStatistics, 'byService' | 'location'> & { byService: Array<ResolversTypes['ServiceQueueStatistics']>, location: ResolversTypes['OfficeLocation'] }>;
  QueueSettings: ResolverTypeWrapper<SettingsModel>;
  QueueSettingsInput: QueueSettingsInput;
  QueueTicket: ResolverTypeWrapper<TicketModel>;
  QueueTicketKind: QueueTicketKind;
  QueueTicketProgress: ResolverTypeWrapper<ProgressModel>;
  QueueTicketStatus: QueueTicketStatus;
  ScheduleDay: ResolverTypeWrapper<Omit<ScheduleDay, 'counters' | 'location'> & { counters: Array<ResolversTypes['CounterSchedule']>, location: ResolversTypes['OfficeLocation'] }>;
  ServiceHandlingTime: ResolverTypeWrapper<HandlingModel>;
  ServiceQueueStatistics: ResolverTypeWrapper<Omit<ServiceQueueStatistics, 'service'> & { service: ResolversTypes['AppointmentService'] }>;
  Slot: ResolverTypeWrapper<SlotModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appointment: AppointmentModel;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AppointmentService: ServiceModel;
  AuditEntry: AuditEntryModel;
  AuditLog: AuditLogModel;
  AvailabilityChange: Omit<AvailabilityChange, 'location'> & { location: ResolversParentTypes['OfficeLocation'] };
  BookAppointmentInput: BookAppointmentInput;
  CallDisplay: CallDisplayModel;
  CallNextQueueTicketInput: CallNextQueueTicketInput;
  Citizen: CitizenRef;
  CounterQueueStatistics: CounterQueueStatistics;
  CounterSchedule: Omit<CounterSchedule, 'appointments'> & { appointments: Array<ResolversParentTypes['Appointment']> };
  DateTime: Scalars['DateTime']['output'];
  DrawQueueTicketInput: DrawQueueTicketInput;
  DurationSummary: DurationSummary;
  Float: Scalars['Float']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  MobileOfficeStop: Omit<MobileOfficeStop, 'location'> & { location: ResolversParentTypes['OfficeLocation'] };
  MobileOfficeStopInput: MobileOfficeStopInput;
  Mutation: Record<PropertyKey, never>;
  OfficeLocation: LocationModel;
  OpeningHours: OpeningHoursModel;
  PersonalData: PersonalDataRef;
  Query: Record<PropertyKey, never>;
  Queue: QueueModel;
  QueueCall: QueueCallModel;
  QueueCounter: CounterModel;
  QueueDayStatistics: Omit<QueueDayStatistics, 'byService' | 'location'> & { byService: Array<ResolversParentTypes['ServiceQueueStatistics']>, location: ResolversParentTypes['OfficeLocation'] };
  QueueSettings: SettingsModel;
  QueueSettingsInput: QueueSettingsInput;
  QueueTicket: TicketModel;
  QueueTicketProgress: ProgressModel;
  ScheduleDay: Omit<ScheduleDay, 'counters' | 'location'> & { counters: Array<ResolversParentTypes['CounterSchedule']>, location: ResolversParentTypes['OfficeLocation'] };
  ServiceHandlingTime: HandlingModel;
  ServiceQueueStatistics: Omit<ServiceQueueStatistics, 'service'> & { service: ResolversParentTypes['AppointmentService'] };
  Slot: SlotModel;
  Subscription: Record<PropertyKey, never>;
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

export type AppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment'], FederationReferenceType extends FederationReferenceTypes['Appointment'] = FederationReferenceTypes['Appointment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Appointment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendance?: Resolver<ResolversTypes['AppointmentAttendance'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  queueTicket?: Resolver<Maybe<ResolversTypes['QueueTicketProgress']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['AppointmentService']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppointmentStatus'], ParentType, ContextType>;
};

export type AppointmentServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppointmentService'] = ResolversParentTypes['AppointmentService'], FederationReferenceType extends FederationReferenceTypes['AppointmentService'] = FederationReferenceTypes['AppointmentService']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AppointmentService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feeCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  feeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leikaKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  whatToBring?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditLogResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditLog'] = ResolversParentTypes['AuditLog'], FederationReferenceType extends FederationReferenceTypes['AuditLog'] = FederationReferenceTypes['AuditLog']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditLog']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointments?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AvailabilityChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilityChange'] = ResolversParentTypes['AvailabilityChange']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freeSlots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
};

export type CallDisplayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CallDisplay'] = ResolversParentTypes['CallDisplay']> = {
  calls?: Resolver<Array<ResolversTypes['QueueCall']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedWaitMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  newCall?: Resolver<Maybe<ResolversTypes['QueueCall']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  walkInsOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CounterQueueStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterQueueStatistics'] = ResolversParentTypes['CounterQueueStatistics']> = {
  counter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['DurationSummary'], ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['DurationSummary'], ParentType, ContextType>;
};

export type CounterScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterSchedule'] = ResolversParentTypes['CounterSchedule']> = {
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType>;
  counter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DurationSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DurationSummary'] = ResolversParentTypes['DurationSummary']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Minutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MobileOfficeStopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MobileOfficeStop'] = ResolversParentTypes['MobileOfficeStop']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  bookAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationBookAppointmentArgs, 'input'>>;
  callNextQueueTicket?: Resolver<Maybe<ResolversTypes['QueueTicket']>, ParentType, ContextType, RequireFields<MutationCallNextQueueTicketArgs, 'input'>>;
  callQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationCallQueueTicketArgs, 'counter' | 'ticketId'>>;
  cancelAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCancelAppointmentArgs, 'code'>>;
  cancelAppointmentAsStaff?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCancelAppointmentAsStaffArgs, 'appointmentId' | 'reason'>>;
  cancelQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationCancelQueueTicketArgs, 'ticketId'>>;
  checkInAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCheckInAppointmentArgs, 'appointmentId'>>;
  closeQueueCounter?: Resolver<ResolversTypes['QueueCounter'], ParentType, ContextType, RequireFields<MutationCloseQueueCounterArgs, 'counter' | 'locationId'>>;
  drawQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationDrawQueueTicketArgs, 'input'>>;
  finishQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationFinishQueueTicketArgs, 'ticketId'>>;
  followQueueTicket?: Resolver<ResolversTypes['QueueTicketProgress'], ParentType, ContextType, RequireFields<MutationFollowQueueTicketArgs, 'code'>>;
  markAppointmentNoShow?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationMarkAppointmentNoShowArgs, 'appointmentId'>>;
  markQueueTicketMissed?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationMarkQueueTicketMissedArgs, 'ticketId'>>;
  openQueueCounter?: Resolver<ResolversTypes['QueueCounter'], ParentType, ContextType, RequireFields<MutationOpenQueueCounterArgs, 'counter' | 'locationId'>>;
  parkQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationParkQueueTicketArgs, 'ticketId'>>;
  recallQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationRecallQueueTicketArgs, 'seenCallCount' | 'ticketId'>>;
  resumeQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationResumeQueueTicketArgs, 'ticketId' | 'toEnd'>>;
  scheduleMobileOfficeStop?: Resolver<ResolversTypes['MobileOfficeStop'], ParentType, ContextType, RequireFields<MutationScheduleMobileOfficeStopArgs, 'input'>>;
  startServingQueueTicket?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationStartServingQueueTicketArgs, 'ticketId'>>;
  unfollowQueueTicket?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnfollowQueueTicketArgs, 'code'>>;
  updateQueueSettings?: Resolver<ResolversTypes['QueueSettings'], ParentType, ContextType, RequireFields<MutationUpdateQueueSettingsArgs, 'input' | 'locationId'>>;
};

export type OfficeLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfficeLocation'] = ResolversParentTypes['OfficeLocation'], FederationReferenceType extends FederationReferenceTypes['OfficeLocation'] = FederationReferenceTypes['OfficeLocation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OfficeLocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mobile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
};

export type OpeningHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  appointments?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  appointmentByCode?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryAppointmentByCodeArgs, 'code'>>;
  appointmentSchedule?: Resolver<Array<ResolversTypes['ScheduleDay']>, ParentType, ContextType, RequireFields<QueryAppointmentScheduleArgs, 'days' | 'from' | 'includeCancelled' | 'locationId'>>;
  appointmentServices?: Resolver<Array<ResolversTypes['AppointmentService']>, ParentType, ContextType>;
  appointmentsAt?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryAppointmentsAtArgs, 'from' | 'locationId' | 'to'>>;
  availableSlots?: Resolver<Array<ResolversTypes['Slot']>, ParentType, ContextType, RequireFields<QueryAvailableSlotsArgs, 'from' | 'serviceIds' | 'to'>>;
  callDisplay?: Resolver<ResolversTypes['CallDisplay'], ParentType, ContextType, RequireFields<QueryCallDisplayArgs, 'locationId'>>;
  mobileOfficeStops?: Resolver<Array<ResolversTypes['MobileOfficeStop']>, ParentType, ContextType, Partial<QueryMobileOfficeStopsArgs>>;
  myQueueTickets?: Resolver<Array<ResolversTypes['QueueTicketProgress']>, ParentType, ContextType>;
  officeLocations?: Resolver<Array<ResolversTypes['OfficeLocation']>, ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<QueryQueueArgs, 'locationId'>>;
  queueStatistics?: Resolver<ResolversTypes['QueueDayStatistics'], ParentType, ContextType, RequireFields<QueryQueueStatisticsArgs, 'date' | 'locationId'>>;
  queueTicketByCode?: Resolver<Maybe<ResolversTypes['QueueTicketProgress']>, ParentType, ContextType, RequireFields<QueryQueueTicketByCodeArgs, 'code'>>;
};

export type QueueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Queue'] = ResolversParentTypes['Queue']> = {
  active?: Resolver<Array<ResolversTypes['QueueTicket']>, ParentType, ContextType>;
  counters?: Resolver<Array<ResolversTypes['QueueCounter']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedWaitMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  handlingMinutes?: Resolver<Array<ResolversTypes['ServiceHandlingTime']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  missed?: Resolver<Array<ResolversTypes['QueueTicket']>, ParentType, ContextType>;
  parked?: Resolver<Array<ResolversTypes['QueueTicket']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['QueueSettings'], ParentType, ContextType>;
  waiting?: Resolver<Array<ResolversTypes['QueueTicket']>, ParentType, ContextType>;
};

export type QueueCallResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueCall'] = ResolversParentTypes['QueueCall']> = {
  callCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  calledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  counter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueueCounterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueCounter'] = ResolversParentTypes['QueueCounter']> = {
  counter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldBy?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  heldByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['QueueTicket']>, ParentType, ContextType>;
};

export type QueueDayStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueDayStatistics'] = ResolversParentTypes['QueueDayStatistics']> = {
  appointments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCounter?: Resolver<Array<ResolversTypes['CounterQueueStatistics']>, ParentType, ContextType>;
  byService?: Resolver<Array<ResolversTypes['ServiceQueueStatistics']>, ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['DurationSummary'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  missed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['DurationSummary'], ParentType, ContextType>;
  walkIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueueSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueSettings'] = ResolversParentTypes['QueueSettings']> = {
  appointmentEarlyMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  appointmentPriority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxRecalls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  walkInPriority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  walkInsOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueueTicketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueTicket'] = ResolversParentTypes['QueueTicket']> = {
  ahead?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  appointment?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType>;
  callCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drawnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  estimatedWaitMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstCalledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QueueTicketKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastCalledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['AppointmentService']>, ParentType, ContextType>;
  servingStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QueueTicketStatus'], ParentType, ContextType>;
};

export type QueueTicketProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueTicketProgress'] = ResolversParentTypes['QueueTicketProgress']> = {
  ahead?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  callCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedWaitMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastCalledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['AppointmentService']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QueueTicketStatus'], ParentType, ContextType>;
};

export type ScheduleDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduleDay'] = ResolversParentTypes['ScheduleDay']> = {
  counters?: Resolver<Array<ResolversTypes['CounterSchedule']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
};

export type ServiceHandlingTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHandlingTime'] = ResolversParentTypes['ServiceHandlingTime']> = {
  minutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  samples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['AppointmentService'], ParentType, ContextType>;
};

export type ServiceQueueStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceQueueStatistics'] = ResolversParentTypes['ServiceQueueStatistics']> = {
  handling?: Resolver<ResolversTypes['DurationSummary'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['AppointmentService'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['DurationSummary'], ParentType, ContextType>;
};

export type SlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Slot'] = ResolversParentTypes['Slot']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  appointmentBooked?: SubscriptionResolver<ResolversTypes['Appointment'], "appointmentBooked", ParentType, ContextType, RequireFields<SubscriptionAppointmentBookedArgs, 'locationId'>>;
  availabilityChanged?: SubscriptionResolver<ResolversTypes['AvailabilityChange'], "availabilityChanged", ParentType, ContextType, RequireFields<SubscriptionAvailabilityChangedArgs, 'locationId'>>;
  callDisplayChanged?: SubscriptionResolver<ResolversTypes['CallDisplay'], "callDisplayChanged", ParentType, ContextType, RequireFields<SubscriptionCallDisplayChangedArgs, 'locationId'>>;
  queueChanged?: SubscriptionResolver<ResolversTypes['Queue'], "queueChanged", ParentType, ContextType, RequireFields<SubscriptionQueueChangedArgs, 'locationId'>>;
  queueTicketChanged?: SubscriptionResolver<ResolversTypes['QueueTicketProgress'], "queueTicketChanged", ParentType, ContextType, RequireFields<SubscriptionQueueTicketChangedArgs, 'code'>>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Appointment?: AppointmentResolvers<ContextType>;
  AppointmentService?: AppointmentServiceResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  AvailabilityChange?: AvailabilityChangeResolvers<ContextType>;
  CallDisplay?: CallDisplayResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  CounterQueueStatistics?: CounterQueueStatisticsResolvers<ContextType>;
  CounterSchedule?: CounterScheduleResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DurationSummary?: DurationSummaryResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  MobileOfficeStop?: MobileOfficeStopResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfficeLocation?: OfficeLocationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Queue?: QueueResolvers<ContextType>;
  QueueCall?: QueueCallResolvers<ContextType>;
  QueueCounter?: QueueCounterResolvers<ContextType>;
  QueueDayStatistics?: QueueDayStatisticsResolvers<ContextType>;
  QueueSettings?: QueueSettingsResolvers<ContextType>;
  QueueTicket?: QueueTicketResolvers<ContextType>;
  QueueTicketProgress?: QueueTicketProgressResolvers<ContextType>;
  ScheduleDay?: ScheduleDayResolvers<ContextType>;
  ServiceHandlingTime?: ServiceHandlingTimeResolvers<ContextType>;
  ServiceQueueStatistics?: ServiceQueueStatisticsResolvers<ContextType>;
  Slot?: SlotResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
