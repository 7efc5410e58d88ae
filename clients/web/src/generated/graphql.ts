/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ApplianceKind =
  | 'COOLING'
  | 'ENTERTAINMENT_OR_IT'
  | 'HEATING_ELEMENT'
  | 'HEAT_PUMP'
  | 'KETTLE_OR_COOKING'
  | 'UNKNOWN';

export type ApplianceSource =
  /** Too little data. */
  | 'NONE'
  /** Power samples of a second or so: Hart's method. */
  | 'POWER_SAMPLES'
  /** Only 15-minute values: base load and large consumers. */
  | 'QUARTER_HOURS';

export type ApplyForKaarstPassInput = {
  /** Five digits; 41564 (Kaarst) is approved at once, others go to staff. */
  postalCode: string;
  street: string;
};

export type AppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED';

export type AttachmentInput = {
  /** image/jpeg, image/png, image/webp or application/pdf; the bytes must be what this says. */
  contentType: string;
  fileName: string;
  /** In bytes; at most 10 MB. */
  size: number;
};

/** KNAPSACK: choose projects costing at most the budget; APPROVAL: choose at most maxApprovals projects. */
export type BallotStyle =
  | 'APPROVAL'
  | 'KNAPSACK';

export type BirthBundleInput = {
  /** Familienkasse: the applicant's 11-digit tax id. */
  applicantTaxId?: string | null | undefined;
  /** YYYY-MM-DD, within the last twelve months. */
  birthDate: string;
  /** Registry office: birth certificates wanted (1 to 10, default 3). */
  certificateCopies?: number | null | undefined;
  childFamilyName: string;
  childFirstNames: string;
  consentElterngeldOffice: boolean;
  consentFamilienkasse: boolean;
  consentRegistryOffice: boolean;
  /** Elterngeld office: months planned per parent (0 to 14, 2 to 14 in all). */
  elterngeldMonthsParent1?: number | null | undefined;
  elterngeldMonthsParent2?: number | null | undefined;
  /** Familienkasse and Elterngeld office: a German IBAN. */
  iban?: string | null | undefined;
  married: boolean;
  parent1Name: string;
  parent2Name?: string | null | undefined;
  placeOfBirth: string;
};

/** The offices a birth bundle serves. */
export type BirthOffice =
  | 'ELTERNGELD_OFFICE'
  | 'FAMILIENKASSE'
  | 'REGISTRY_OFFICE';

export type BookAppointmentInput = {
  /** Chosen by the client per booking attempt: repeating it returns the same appointment. */
  idempotencyKey: string;
  locationId: string | number;
  /** One or more services for one visit (at most 5). */
  serviceIds: Array<string | number>;
  /** Must be the start of a slot from availableSlots. */
  start: string;
};

export type BudgetPhase =
  | 'COLLECT'
  | 'RESULT'
  | 'REVIEW'
  | 'VOTE';

export type CouncilBroadcastStatus =
  | 'ENDED'
  | 'LIVE'
  | 'SCHEDULED';

export type EnergyResolution =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'QUARTER';

export type FamilyChildInput = {
  /** YYYY-MM-DD. */
  birthDate: string;
  firstName: string;
  /** YYYY-MM-DD. */
  startDate: string;
  weeklyHours: number;
};

export type FamilyNearInput = {
  latitude: number;
  longitude: number;
  /** More than 0, at most 50. */
  radiusKm: number;
};

export type FamilyOfferSearchInput = {
  district?: string | null | undefined;
  near?: FamilyNearInput | null | undefined;
  targetGroup?: string | null | undefined;
  topic?: string | null | undefined;
};

export type KaarstPassOfferCategory =
  | 'CULTURE'
  | 'DISCOUNT'
  | 'LIBRARY'
  | 'POOL'
  | 'SPORT'
  | 'TRANSIT';

export type KaarstPassRedemptionStatus =
  | 'PAID'
  /** A paid offer: pay at the counter or by the invoice. */
  | 'PAYMENT_PENDING'
  /** A free offer, redeemed. */
  | 'REDEEMED';

/**
 * EXPIRED is not stored: an ACTIVE pass whose validUntil has passed is EXPIRED.
 * REJECTED: staff turned the application down.
 */
export type KaarstPassStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED'
  | 'REVOKED'
  | 'SUSPENDED';

/** U3: under three years at the start of the place; UE3: three and older. */
export type KitaAgeGroup =
  | 'U3'
  | 'UE3';

export type KitaSearchInput = {
  /** The child's age at the start in months: the Kita must take it. */
  ageMonthsAtStart?: number | null | undefined;
  district?: string | null | undefined;
  language?: string | null | undefined;
  near?: FamilyNearInput | null | undefined;
  onlyWithFreePlaces?: boolean | null | undefined;
  /** The Kita must offer these weekly hours. */
  weeklyHours?: number | null | undefined;
};

/**
 * A wish's state. PENDING: waiting for the allocation run. OFFERED: a place, to accept
 * before offerExpiresAt. ACCEPTED: taken (the child's other wishes are withdrawn).
 * WAITLISTED: refused in the allocation (reason says why), next in line when a place frees up.
 * NOT_NEEDED: a wish ranked higher got a place. WITHDRAWN: by the family (or by accepting
 * another). LAPSED: the offer was not accepted in time.
 */
export type KitaWishStatus =
  | 'ACCEPTED'
  | 'LAPSED'
  | 'NOT_NEEDED'
  | 'OFFERED'
  | 'PENDING'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type LinkMeterInput = {
  /** The activation code from the metering operator's letter. */
  activationCode: string;
  householdSize?: number | null | undefined;
  label?: string | null | undefined;
  meterId: string | number;
  sector?: MeterSector | null | undefined;
};

/**
 * What the hub keeps of a meter. MONTHLY (the default): monthly totals only, as a
 * smart meter gateway's tariff use case TAF 1. FINE: 15-minute and live values and
 * appliance detection, after the owner's explicit opt-in; withdrawing it deletes them.
 */
export type MeterDataLevel =
  | 'FINE'
  | 'MONTHLY';

export type MeterSector =
  | 'BUSINESS'
  | 'HOUSEHOLD';

/** Whether a contribution is shown: HIDDEN after enough reports until a moderator decides, REMOVED by a moderator. */
export type ModerationState =
  | 'HIDDEN'
  | 'REMOVED'
  | 'VISIBLE';

export type PickupRequestStatus =
  /** The driver has seen it and will stop (ramp ready). */
  | 'ACKNOWLEDGED'
  /** The trip has passed the stop. */
  | 'EXPIRED'
  /** Waiting for the driver. */
  | 'REQUESTED';

export type ProcessPhase =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type ProposalStatus =
  | 'ACCEPTED'
  | 'IMPLEMENTED'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'UNDER_REVIEW';

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

export type RequestAnswerInput = {
  field: string;
  value: string;
};

/** What a request type asks for besides the description (Open311 attribute datatypes). */
export type RequestFieldType =
  | 'DATETIME'
  | 'MULTIVALUELIST'
  | 'NUMBER'
  | 'SINGLEVALUELIST'
  | 'STRING'
  | 'TEXT';

export type RequestPickupInput = {
  /** The trip's service day, YYYY-MM-DD (as in departures' trip.serviceDate). */
  serviceDate: string;
  stopId: string | number;
  tripId: string | number;
};

/**
 * Who sees that a request of a type exists. PUBLIC_PLACE: reports about a public place (street
 * damage, a broken light) are listed on Open311 with type, status, dates and place, never with
 * the description, contact data or attachments. PRIVATE: never listed anywhere public.
 */
export type RequestPublication =
  | 'PRIVATE'
  | 'PUBLIC_PLACE';

export type RequestStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED'
  | 'WAITING_FOR_CITIZEN';

export type SignUpInput = {
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type SubmitRequestInput = {
  address?: string | null | undefined;
  answers?: Array<RequestAnswerInput> | null | undefined;
  description: string;
  /** Sending the same key twice gives the first request back instead of a second one. */
  idempotencyKey: string;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  typeCode: string;
};

export type SuggestionInput = {
  /** 10 to 10,000 characters. */
  body: string;
  /** Sent again with the same key, the first submission is answered (no second one). */
  idempotencyKey?: string | null | undefined;
  kind: SuggestionKind;
  /** 3 to 200 characters. */
  subject: string;
};

/** § 24 GO NRW: a suggestion (Anregung) or a complaint (Beschwerde) addressed to the council. */
export type SuggestionKind =
  | 'COMPLAINT'
  | 'SUGGESTION';

/** RECEIVED (acknowledged at once), HANDED_OVER to the responsible committee, SCHEDULED on a meeting's agenda, DECIDED. */
export type SuggestionStatus =
  | 'DECIDED'
  | 'HANDED_OVER'
  | 'RECEIVED'
  | 'SCHEDULED';

/** One question's answer: optionIds for choices, value for a scale, text for free text. */
export type SurveyAnswerInput = {
  optionIds?: Array<string | number> | null | undefined;
  questionId: string | number;
  text?: string | null | undefined;
  value?: number | null | undefined;
};

export type SurveyPhase =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type SurveyQuestionKind =
  | 'FREE_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'SCALE'
  | 'SINGLE_CHOICE';

/** GTFS accessibility: unknown (no information), possible, or not possible. */
export type WheelchairAccess =
  | 'NOT_POSSIBLE'
  | 'POSSIBLE'
  | 'UNKNOWN';

/** GREEDY: by votes while the money lasts; EQUAL_SHARES: the Method of Equal Shares (completed by greedy). */
export type WinnerRule =
  | 'EQUAL_SHARES'
  | 'GREEDY';

export type HubSendRequestMessageMutationVariables = Exact<{
  requestId: string | number;
  body: string;
}>;


export type HubSendRequestMessageMutation = { sendRequestMessage: { id: string } };

export type HubSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type HubSignInMutation = { signIn: { token: string, expiresAt: string, citizen: { id: string, displayName: string } } };

export type HubTransitStopsQueryVariables = Exact<{
  search: string;
}>;


export type HubTransitStopsQuery = { transitStops: Array<{ id: string, name: string, wheelchairBoarding: WheelchairAccess, latitude: number | null, longitude: number | null }> };

export type HubDeparturesQueryVariables = Exact<{
  stopId: string | number;
}>;


export type HubDeparturesQuery = { departures: Array<{ scheduledTime: string, expectedTime: string, delayMinutes: number | null, headsign: string | null, route: { shortName: string | null }, stop: { id: string, name: string, wheelchairBoarding: WheelchairAccess }, trip: { id: string, serviceDate: string, wheelchairAccessible: WheelchairAccess } }> };

export type HubJourneysQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  at: string;
  wheelchairOnly: boolean;
}>;


export type HubJourneysQuery = { journeys: Array<{ departure: string, arrival: string, transfers: number, legs: Array<{ walking: boolean, departure: string, arrival: string, headsign: string | null, route: { shortName: string | null } | null, fromStop: { name: string }, toStop: { name: string } }> }> };

export type HubRequestWheelchairPickupMutationVariables = Exact<{
  input: RequestPickupInput;
}>;


export type HubRequestWheelchairPickupMutation = { requestWheelchairPickup: { id: string, status: PickupRequestStatus, scheduledDeparture: string, acknowledgedAt: string | null, stop: { name: string } | null } };

export type HubPickupRequestChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type HubPickupRequestChangedSubscription = { pickupRequestChanged: { id: string, status: PickupRequestStatus, acknowledgedAt: string | null } };

export type PortalSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type PortalSignUpMutation = { signUp: { token: string, expiresAt: string, citizen: { id: string, displayName: string } } };

export type PortalMyPersonalDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyPersonalDataQuery = { myPersonalData: { accountId: string, generatedAt: string, citizens: Record<string, unknown>, appointments: Record<string, unknown>, requests: Record<string, unknown> } };

export type PortalMyPersonalDataPartQueryVariables = Exact<{
  pass?: boolean | null | undefined;
  transit?: boolean | null | undefined;
  energy?: boolean | null | undefined;
  family?: boolean | null | undefined;
  participation?: boolean | null | undefined;
  notifications?: boolean | null | undefined;
}>;


export type PortalMyPersonalDataPartQuery = { myPersonalData: { pass?: Record<string, unknown>, transit?: Record<string, unknown>, energy?: Record<string, unknown>, family?: Record<string, unknown>, participation?: Record<string, unknown>, notifications?: Record<string, unknown> } };

export type PortalDeleteMyAccountMutationVariables = Exact<{
  confirmEmail: string;
}>;


export type PortalDeleteMyAccountMutation = { deleteMyAccount: { accountId: string, deletedAt: string } };

export type PortalCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalCatalogueQuery = { appointmentServices: Array<{ id: string, name: string, description: string | null, durationMinutes: number, whatToBring: Array<string>, feeCents: number | null, feeNote: string | null }>, officeLocations: Array<{ id: string, name: string, address: string, district: string | null, mobile: boolean }> };

export type PortalMobileOfficeStopsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMobileOfficeStopsQuery = { mobileOfficeStops: Array<{ date: string, opens: string, closes: string, location: { id: string, name: string, address: string } }> };

export type PortalFreeSlotsQueryVariables = Exact<{
  serviceIds: Array<string | number> | string | number;
  from: string;
  to: string;
  locationId?: string | number | null | undefined;
}>;


export type PortalFreeSlotsQuery = { availableSlots: Array<{ start: string, end: string, location: { id: string, name: string } }> };

export type PortalBookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type PortalBookAppointmentMutation = { bookAppointment: { id: string, code: string, start: string, end: string, status: AppointmentStatus, services: Array<{ id: string, name: string }>, location: { id: string, name: string, address: string } } };

export type PortalMyAppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyAppointmentsQuery = { me: { id: string, displayName: string, appointments: Array<{ id: string, code: string, start: string, end: string, status: AppointmentStatus, services: Array<{ id: string, name: string }>, location: { id: string, name: string, address: string } }> } | null };

export type PortalCancelAppointmentMutationVariables = Exact<{
  code: string;
}>;


export type PortalCancelAppointmentMutation = { cancelAppointment: { id: string, code: string, status: AppointmentStatus } };

export type PortalAvailabilityChangedSubscriptionVariables = Exact<{
  locationId: string | number;
}>;


export type PortalAvailabilityChangedSubscription = { availabilityChanged: { date: string, freeSlots: number } };

export type PortalAppointmentByCodeQueryVariables = Exact<{
  code: string;
}>;


export type PortalAppointmentByCodeQuery = { appointmentByCode: { id: string, code: string, start: string, end: string, status: AppointmentStatus, services: Array<{ id: string, name: string }>, location: { id: string, name: string, address: string } } | null };

export type PortalCouncilMeetingsQueryVariables = Exact<{
  upcoming?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type PortalCouncilMeetingsQuery = { councilMeetings: Array<{ id: string, name: string | null, start: string | null, cancelled: boolean, location: { description: string | null } | null, broadcast: { status: CouncilBroadcastStatus } | null }> };

export type PortalCouncilMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalCouncilMeetingQuery = { councilMeeting: { id: string, name: string | null, start: string | null, end: string | null, cancelled: boolean, location: { description: string | null, streetAddress: string | null } | null, agendaItems: Array<{ id: string, number: string | null, name: string | null, result: string | null }>, files: Array<{ name: string | null, accessUrl: string }>, broadcast: { recordingUrl: string | null, id: string, status: CouncilBroadcastStatus, streamUrl: string, chapters: Array<{ offsetSeconds: number, agendaItem: { id: string, number: string | null, name: string | null } }>, currentAgendaItem: { id: string, number: string | null, name: string | null } | null } | null } | null };

export type PortalCouncilLiveSubscriptionVariables = Exact<{
  meetingId?: string | number | null | undefined;
}>;


export type PortalCouncilLiveSubscription = { councilLive: { id: string, status: CouncilBroadcastStatus, streamUrl: string, currentAgendaItem: { id: string, number: string | null, name: string | null } | null } };

export type PortalBroadcastStateFragment = { id: string, status: CouncilBroadcastStatus, streamUrl: string, currentAgendaItem: { id: string, number: string | null, name: string | null } | null };

export type PortalMyMetersQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyMetersQuery = { myMeters: Array<{ id: string, label: string | null, dataLevel: MeterDataLevel, fineSince: string | null, lastReadingAt: string | null }> };

export type PortalLinkMeterMutationVariables = Exact<{
  input: LinkMeterInput;
}>;


export type PortalLinkMeterMutation = { linkMeter: { id: string, label: string | null, dataLevel: MeterDataLevel, fineSince: string | null, lastReadingAt: string | null } };

export type PortalSetMeterDataLevelMutationVariables = Exact<{
  meterId: string | number;
  level: MeterDataLevel;
}>;


export type PortalSetMeterDataLevelMutation = { setMeterDataLevel: { id: string, label: string | null, dataLevel: MeterDataLevel, fineSince: string | null, lastReadingAt: string | null } };

export type PortalMeterSeriesQueryVariables = Exact<{
  id: string | number;
  resolution: EnergyResolution;
  from: string;
  to: string;
}>;


export type PortalMeterSeriesQuery = { meter: { id: string, series: { resolution: EnergyResolution, starts: Array<string>, importKwh: Array<number>, estimatedKwh: Array<number>, costCents: Array<number> | null, costs: { importKwh: number, energyEur: number, monthlyFeeEur: number, feedInEur: number, totalEur: number, effectiveCtPerKwh: number | null } | null } } | null };

export type PortalMeterAppliancesQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type PortalMeterAppliancesQuery = { meter: { id: string, appliances: { source: ApplianceSource, totalKwh: number, baseLoadW: number | null, baseLoadKwhPerMonth: number | null, untrackedKwh: number, largeConsumerKwh: number | null, signatures: Array<{ powerW: number, activations: number, medianMinutes: number, kwhPerMonth: number, eurPerMonth: number, kind: ApplianceKind }> } } | null };

export type PortalMeterPowerSubscriptionVariables = Exact<{
  meterId: string | number;
}>;


export type PortalMeterPowerSubscription = { meterPower: { meterId: string, at: string, watts: number } };

export type PortalKitasQueryVariables = Exact<{
  search?: KitaSearchInput | null | undefined;
}>;


export type PortalKitasQuery = { kitas: Array<{ id: string, name: string, street: string, postalCode: string, district: string, latitude: number, longitude: number, weeklyHours: Array<number>, languages: Array<string>, freePlaces: number, distanceKm: number | null, sample: boolean, provider: { name: string } }> };

export type PortalMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyChildrenQuery = { myChildren: Array<{ id: string, firstName: string, birthDate: string, startDate: string, weeklyHours: number, ageGroup: KitaAgeGroup, applications: Array<{ id: string, rank: number, status: KitaWishStatus, reason: string | null, offerExpiresAt: string | null, kita: { id: string, name: string } }> }> };

export type PortalAddFamilyChildMutationVariables = Exact<{
  input: FamilyChildInput;
}>;


export type PortalAddFamilyChildMutation = { addFamilyChild: { id: string } };

export type PortalApplyForKitaMutationVariables = Exact<{
  childId: string | number;
  kitaId: string | number;
}>;


export type PortalApplyForKitaMutation = { applyForKita: { id: string, status: KitaWishStatus } };

export type PortalWithdrawKitaApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalWithdrawKitaApplicationMutation = { withdrawKitaApplication: { id: string, status: KitaWishStatus } };

export type PortalAcceptKitaOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalAcceptKitaOfferMutation = { acceptKitaOffer: { id: string, status: KitaWishStatus } };

export type PortalKitaQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalKitaQuery = { kita: { id: string, name: string, street: string, postalCode: string, district: string, latitude: number, longitude: number, minAgeMonths: number, maxAgeMonths: number, weeklyHours: Array<number>, openingTimes: string, concept: string, languages: Array<string>, freePlaces: number, sample: boolean, provider: { name: string }, places: Array<{ ageGroup: KitaAgeGroup, places: number, freePlaces: number }>, criteria: Array<{ code: string, label: string, points: number }> } | null };

export type PortalMyBirthBundlesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyBirthBundlesQuery = { myBirthBundles: Array<{ id: string, childFirstNames: string, childFamilyName: string, birthDate: string, createdAt: string, parts: Array<{ office: BirthOffice, consent: boolean, document: Record<string, unknown> | null, howToSubmit: string }> }> };

export type PortalSubmitBirthBundleMutationVariables = Exact<{
  input: BirthBundleInput;
}>;


export type PortalSubmitBirthBundleMutation = { submitBirthBundle: { id: string, childFirstNames: string, childFamilyName: string, birthDate: string, createdAt: string, parts: Array<{ office: BirthOffice, consent: boolean, document: Record<string, unknown> | null, howToSubmit: string }> } };

export type PortalDeleteBirthBundleMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalDeleteBirthBundleMutation = { deleteBirthBundle: boolean };

export type PortalBirthBundleFragment = { id: string, childFirstNames: string, childFamilyName: string, birthDate: string, createdAt: string, parts: Array<{ office: BirthOffice, consent: boolean, document: Record<string, unknown> | null, howToSubmit: string }> };

export type PortalKitaApplicationChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PortalKitaApplicationChangedSubscription = { myKitaApplicationChanged: { id: string, status: KitaWishStatus, reason: string | null, offerExpiresAt: string | null } };

export type PortalFamilyOffersQueryVariables = Exact<{
  search?: FamilyOfferSearchInput | null | undefined;
}>;


export type PortalFamilyOffersQuery = { familyOffers: Array<{ id: string, title: string, topic: string, targetGroup: string, district: string, contact: string, hours: string, latitude: number | null, longitude: number | null, distanceKm: number | null, sample: boolean, provider: { name: string } }> };

export type PortalUpdateFamilyChildMutationVariables = Exact<{
  id: string | number;
  input: FamilyChildInput;
}>;


export type PortalUpdateFamilyChildMutation = { updateFamilyChild: { id: string, firstName: string, birthDate: string, startDate: string, weeklyHours: number, ageGroup: KitaAgeGroup } };

export type PortalRemoveFamilyChildMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalRemoveFamilyChildMutation = { removeFamilyChild: boolean };

export type PortalFamilyAddressSuggestionsQueryVariables = Exact<{
  prefix: string;
}>;


export type PortalFamilyAddressSuggestionsQuery = { familyAddressSuggestions: Array<{ id: string, label: string, latitude: number, longitude: number, sample: boolean }> };

export type PortalBudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalBudgetsQuery = { participatoryBudgets: Array<{ id: string, title: string, total: number, phase: BudgetPhase, style: BallotStyle, maxApprovals: number | null, rule: WinnerRule, votedByMe: boolean | null, ballotCount: number | null, projects: Array<{ id: string, title: string, description: string, district: string, cost: number }>, results: { greedy: { rule: WinnerRule, official: boolean, selectedCost: number, projects: Array<{ votes: number, selected: boolean, project: { id: string, title: string, district: string, cost: number } }> }, equalShares: { rule: WinnerRule, official: boolean, selectedCost: number, projects: Array<{ votes: number, selected: boolean, project: { id: string, title: string, district: string, cost: number } }> } } | null }> };

export type PortalBudgetResultFragment = { rule: WinnerRule, official: boolean, selectedCost: number, projects: Array<{ votes: number, selected: boolean, project: { id: string, title: string, district: string, cost: number } }> };

export type PortalCastBallotMutationVariables = Exact<{
  budgetId: string | number;
  projectIds: Array<string | number> | string | number;
}>;


export type PortalCastBallotMutation = { castBallot: boolean };

export type PortalParticipationQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalParticipationQuery = { participationProcesses: Array<{ id: string, title: string, description: string, phase: ProcessPhase, proposals: Array<{ id: string, title: string, category: string, district: string, status: ProposalStatus, supportCount: number }> }>, surveys: Array<{ id: string, title: string, description: string, phase: SurveyPhase }> };

export type PortalProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalProposalQuery = { proposal: { id: string, title: string, body: string, category: string, district: string, status: ProposalStatus, answer: string | null, answeredAt: string | null, supportCount: number, thresholdReached: boolean, supportedByMe: boolean, followedByMe: boolean, createdAt: string, process: { id: string, title: string, supportThreshold: number }, comments: Array<{ id: string, body: string | null, moderation: ModerationState, createdAt: string, mine: boolean, replies: Array<{ id: string, body: string | null, moderation: ModerationState, createdAt: string, mine: boolean }> }> } | null };

export type PortalCommentFragment = { id: string, body: string | null, moderation: ModerationState, createdAt: string, mine: boolean };

export type PortalSupportProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalSupportProposalMutation = { supportProposal: { id: string, supportCount: number, thresholdReached: boolean, supportedByMe: boolean } };

export type PortalAddCommentMutationVariables = Exact<{
  proposalId: string | number;
  body: string;
  parentId?: string | number | null | undefined;
}>;


export type PortalAddCommentMutation = { addComment: { id: string } };

export type PortalSupportCountSubscriptionVariables = Exact<{
  proposalId: string | number;
}>;


export type PortalSupportCountSubscription = { supportCountChanged: { proposalId: string, supportCount: number, thresholdReached: boolean } };

export type PortalSurveyQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalSurveyQuery = { survey: { id: string, title: string, description: string, phase: SurveyPhase, verifiedOnly: boolean, answeredByMe: boolean | null, responseCount: number | null, questions: Array<{ id: string, position: number, kind: SurveyQuestionKind, text: string, required: boolean, scaleMin: number | null, scaleMax: number | null, options: Array<{ id: string, label: string }> }>, results: Array<{ answered: number, mean: number | null, question: { id: string, text: string, kind: SurveyQuestionKind }, counts: Array<{ label: string, count: number }> }> | null } | null };

export type PortalAnswerSurveyMutationVariables = Exact<{
  surveyId: string | number;
  answers: Array<SurveyAnswerInput> | SurveyAnswerInput;
}>;


export type PortalAnswerSurveyMutation = { answerSurvey: boolean };

export type PortalMySuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMySuggestionsQuery = { mySuggestions: Array<{ id: string, reference: string, kind: SuggestionKind, subject: string, status: SuggestionStatus, receivedAt: string, decision: string | null, committee: { id: string, name: string | null } | null, agendaItem: { id: string, number: string | null, name: string | null, meeting: { id: string, name: string | null, start: string | null } } | null }> };

export type PortalSubmitSuggestionMutationVariables = Exact<{
  input: SuggestionInput;
}>;


export type PortalSubmitSuggestionMutation = { submitSuggestion: { id: string, reference: string, receivedAt: string } };

export type PortalMyKaarstPassQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyKaarstPassQuery = { myKaarstPass: { id: string, number: string, status: KaarstPassStatus, statusReason: string | null, validFrom: string | null, validUntil: string | null } | null };

export type PortalApplyForKaarstPassMutationVariables = Exact<{
  input: ApplyForKaarstPassInput;
}>;


export type PortalApplyForKaarstPassMutation = { applyForKaarstPass: { id: string, number: string, status: KaarstPassStatus, statusReason: string | null, validFrom: string | null, validUntil: string | null } };

export type PortalKaarstPassTokenQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalKaarstPassTokenQuery = { kaarstPassToken: { token: string, refreshAt: string, expiresAt: string } };

export type PortalKaarstPassOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalKaarstPassOffersQuery = { kaarstPassOffers: Array<{ id: string, title: string, description: string, category: KaarstPassOfferCategory, free: boolean, priceCents: number, validFrom: string, validUntil: string, remaining: number | null, perPassLimit: number, sample: boolean, partner: { name: string } }> };

export type PortalRedeemKaarstPassOfferMutationVariables = Exact<{
  offerId: string | number;
  idempotencyKey: string;
}>;


export type PortalRedeemKaarstPassOfferMutation = { redeemKaarstPassOffer: { id: string, status: KaarstPassRedemptionStatus, priceCents: number, invoiceReference: string | null, paymentInstructions: string | null, offer: { id: string, title: string, partner: { name: string } } } };

export type PortalMyKaarstPassDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyKaarstPassDevicesQuery = { myKaarstPassDevices: Array<{ id: string, label: string, registeredAt: string, certificateExpiresAt: string, revokedAt: string | null }> };

export type PortalRevokeKaarstPassDeviceMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalRevokeKaarstPassDeviceMutation = { revokeKaarstPassDevice: { id: string, label: string, registeredAt: string, certificateExpiresAt: string, revokedAt: string | null } };

export type PortalRequestTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalRequestTypesQuery = { requestTypes: Array<{ code: string, name: string, description: string, group: string, needsLocation: boolean, publication: RequestPublication, fields: Array<{ code: string, type: RequestFieldType, required: boolean, description: string }> }> };

export type PortalSubmitRequestMutationVariables = Exact<{
  input: SubmitRequestInput;
}>;


export type PortalSubmitRequestMutation = { submitRequest: { id: string, referenceNumber: string, status: RequestStatus } };

export type PortalMyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyRequestsQuery = { myRequests: Array<{ id: string, referenceNumber: string, status: RequestStatus, description: string, address: string | null, latitude: number | null, longitude: number | null, createdAt: string, type: { code: string, name: string }, history: Array<{ status: RequestStatus, reason: string | null, at: string }>, messages: Array<{ id: string, fromOffice: boolean, body: string, at: string }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, uploadedAt: string | null, downloadUrl: string | null }> }> };

export type PortalRequestChangedSubscriptionVariables = Exact<{
  requestId: string | number;
}>;


export type PortalRequestChangedSubscription = { requestChanged: { id: string, referenceNumber: string, status: RequestStatus, description: string, address: string | null, latitude: number | null, longitude: number | null, createdAt: string, type: { code: string, name: string }, history: Array<{ status: RequestStatus, reason: string | null, at: string }>, messages: Array<{ id: string, fromOffice: boolean, body: string, at: string }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, uploadedAt: string | null, downloadUrl: string | null }> } };

export type PortalRequestDetailsFragment = { id: string, referenceNumber: string, status: RequestStatus, description: string, address: string | null, latitude: number | null, longitude: number | null, createdAt: string, type: { code: string, name: string }, history: Array<{ status: RequestStatus, reason: string | null, at: string }>, messages: Array<{ id: string, fromOffice: boolean, body: string, at: string }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, uploadedAt: string | null, downloadUrl: string | null }> };

export type PortalStartRequestAttachmentMutationVariables = Exact<{
  requestId: string | number;
  input: AttachmentInput;
}>;


export type PortalStartRequestAttachmentMutation = { startRequestAttachment: { uploadUrl: string, expiresAt: string, attachment: { id: string } } };

export type PortalRequestAttachmentLinksQueryVariables = Exact<{
  requestId: string | number;
}>;


export type PortalRequestAttachmentLinksQuery = { serviceRequest: { id: string, attachments: Array<{ id: string, downloadUrl: string | null }> } | null };

export type PortalRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type PortalRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type PortalResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type PortalResetPasswordMutation = { resetPassword: boolean };

export type PortalWalkInTicketViewFragment = { code: string, label: string, status: QueueTicketStatus, date: string, ahead: number | null, estimatedWaitMinutes: number | null, counter: number | null, callCount: number, location: { name: string }, services: Array<{ name: string }> };

export type PortalWalkInTicketQueryVariables = Exact<{
  code: string;
}>;


export type PortalWalkInTicketQuery = { queueTicketByCode: { code: string, label: string, status: QueueTicketStatus, date: string, ahead: number | null, estimatedWaitMinutes: number | null, counter: number | null, callCount: number, location: { name: string }, services: Array<{ name: string }> } | null };

export type PortalWalkInTicketChangedSubscriptionVariables = Exact<{
  code: string;
}>;


export type PortalWalkInTicketChangedSubscription = { queueTicketChanged: { code: string, label: string, status: QueueTicketStatus, date: string, ahead: number | null, estimatedWaitMinutes: number | null, counter: number | null, callCount: number, location: { name: string }, services: Array<{ name: string }> } };

export const PortalBroadcastStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBroadcastState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBroadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortalBroadcastStateFragment, unknown>;
export const PortalBirthBundleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBirthBundle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirthBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childFirstNames"}},{"kind":"Field","name":{"kind":"Name","value":"childFamilyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"howToSubmit"}}]}}]}}]} as unknown as DocumentNode<PortalBirthBundleFragment, unknown>;
export const PortalBudgetResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBudgetResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"selectedCost"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]}}]} as unknown as DocumentNode<PortalBudgetResultFragment, unknown>;
export const PortalCommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<PortalCommentFragment, unknown>;
export const PortalRequestDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<PortalRequestDetailsFragment, unknown>;
export const PortalWalkInTicketViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWalkInTicketView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueTicketProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ahead"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counter"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<PortalWalkInTicketViewFragment, unknown>;
export const HubSendRequestMessageDocument = {"__meta__":{"hash":"sha256:0ebebe5ef0b99f8710d116e85798dd6f4b54a49ef09b23b5f015d2d2cc202444"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HubSendRequestMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendRequestMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HubSendRequestMessageMutation, HubSendRequestMessageMutationVariables>;
export const HubSignInDocument = {"__meta__":{"hash":"sha256:e636f479113f4cbb83ac92e448cf9f59e75345da70c024bc371043fe90f33997"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HubSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<HubSignInMutation, HubSignInMutationVariables>;
export const HubTransitStopsDocument = {"__meta__":{"hash":"sha256:2f1e6f97dd62a7cb7c0aeb2660740fcfb1c059973621e304d16cae199c7f9f7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubTransitStops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitStops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairBoarding"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]} as unknown as DocumentNode<HubTransitStopsQuery, HubTransitStopsQueryVariables>;
export const HubDeparturesDocument = {"__meta__":{"hash":"sha256:6ced020608a3ea6d9ea71a0155877d88aa023be353005d4cbedba27eb15c9722"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubDepartures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledTime"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTime"}},{"kind":"Field","name":{"kind":"Name","value":"delayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairBoarding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairAccessible"}}]}}]}}]}}]} as unknown as DocumentNode<HubDeparturesQuery, HubDeparturesQueryVariables>;
export const HubJourneysDocument = {"__meta__":{"hash":"sha256:6462f45ea3b66dfa68f89b823103e8029d3b36e9ea7ff7f5ed020c655b520308"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubJourneys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wheelchairOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromStopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toStopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"departAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"wheelchairOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wheelchairOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"legs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walking"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromStop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HubJourneysQuery, HubJourneysQueryVariables>;
export const HubRequestWheelchairPickupDocument = {"__meta__":{"hash":"sha256:d81ca6518979269590383bb7915e7f1722ab623f68bfc9902808a2044a47de53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HubRequestWheelchairPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPickupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWheelchairPickup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HubRequestWheelchairPickupMutation, HubRequestWheelchairPickupMutationVariables>;
export const HubPickupRequestChangedDocument = {"__meta__":{"hash":"sha256:899786f4d0ef7c6075f92c040b57db511c87df13c17c36fe9f16ff18533c1b1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HubPickupRequestChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupRequestChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<HubPickupRequestChangedSubscription, HubPickupRequestChangedSubscriptionVariables>;
export const PortalSignUpDocument = {"__meta__":{"hash":"sha256:05e81659159f17388930d0a547ed775f1a9851e6f9b9d4a94f68a0cbb1daf5b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PortalSignUpMutation, PortalSignUpMutationVariables>;
export const PortalMyPersonalDataDocument = {"__meta__":{"hash":"sha256:d25b648478436b9ec8f8b641bb48d15c126f9f2fdde75b99cb8abb3109cbd075"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyPersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}}]} as unknown as DocumentNode<PortalMyPersonalDataQuery, PortalMyPersonalDataQueryVariables>;
export const PortalMyPersonalDataPartDocument = {"__meta__":{"hash":"sha256:eebaaee55f484a938179ab48701f4bd2d52e61d821a70449194fdc6e38612452"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyPersonalDataPart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"energy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notifications"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pass"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pass"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transit"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transit"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"energy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"energy"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"family"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"participation"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participation"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notifications"}}}]}]}]}}]}}]} as unknown as DocumentNode<PortalMyPersonalDataPartQuery, PortalMyPersonalDataPartQueryVariables>;
export const PortalDeleteMyAccountDocument = {"__meta__":{"hash":"sha256:9e4ac01b2b480241099a644b110b0f37320255f8753c7c94cc4f1ac8ff59c094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirmEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmEmail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<PortalDeleteMyAccountMutation, PortalDeleteMyAccountMutationVariables>;
export const PortalCatalogueDocument = {"__meta__":{"hash":"sha256:654a180ce7033fc19396558119bbcf0906010dfa8e6f7acd0324a7a451505689"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"whatToBring"}},{"kind":"Field","name":{"kind":"Name","value":"feeCents"}},{"kind":"Field","name":{"kind":"Name","value":"feeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}}]}}]} as unknown as DocumentNode<PortalCatalogueQuery, PortalCatalogueQueryVariables>;
export const PortalMobileOfficeStopsDocument = {"__meta__":{"hash":"sha256:e460a9af96d98ac214e3e85b0fac901705b027208f35959701ce3cf391276d81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMobileOfficeStops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobileOfficeStops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<PortalMobileOfficeStopsQuery, PortalMobileOfficeStopsQueryVariables>;
export const PortalFreeSlotsDocument = {"__meta__":{"hash":"sha256:c9233ee72a11dec4137997f006a8721a0317d4431b4165fcd090b199d9a9858d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalFreeSlotsQuery, PortalFreeSlotsQueryVariables>;
export const PortalBookAppointmentDocument = {"__meta__":{"hash":"sha256:a7f0b080754394562ef3013b55845d3d5c3b09497f71618f0bef7c8cbb857f3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalBookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<PortalBookAppointmentMutation, PortalBookAppointmentMutationVariables>;
export const PortalMyAppointmentsDocument = {"__meta__":{"hash":"sha256:bcceed54131cdd14fe7edc12649a37f4c7f44370f870edbea09aef6184dec3a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalMyAppointmentsQuery, PortalMyAppointmentsQueryVariables>;
export const PortalCancelAppointmentDocument = {"__meta__":{"hash":"sha256:8ba047b4148db14b86b2f9f7bdbbd8f34f876793ac2b08766c72582fee0739a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalCancelAppointmentMutation, PortalCancelAppointmentMutationVariables>;
export const PortalAvailabilityChangedDocument = {"__meta__":{"hash":"sha256:cf0cba5e0b94a424cdb561e357772a4f6985f201f7e7cee55c7289cff56debcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalAvailabilityChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availabilityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"freeSlots"}}]}}]}}]} as unknown as DocumentNode<PortalAvailabilityChangedSubscription, PortalAvailabilityChangedSubscriptionVariables>;
export const PortalAppointmentByCodeDocument = {"__meta__":{"hash":"sha256:bb2692fd5767afcdbee88acc530ec9ec0eb17dd38d2115e9ff9a6b8927a64a5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalAppointmentByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<PortalAppointmentByCodeQuery, PortalAppointmentByCodeQueryVariables>;
export const PortalCouncilMeetingsDocument = {"__meta__":{"hash":"sha256:51225a06f00a80536d29c54cc54556ad2fe1a0e0246ab679ed906d167b3bb9cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCouncilMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PortalCouncilMeetingsQuery, PortalCouncilMeetingsQueryVariables>;
export const PortalCouncilMeetingDocument = {"__meta__":{"hash":"sha256:76d75443b7dc0fd03219e125dbddb96024967532b365192af71a1e16daee02e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCouncilMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBroadcastState"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offsetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBroadcastState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBroadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortalCouncilMeetingQuery, PortalCouncilMeetingQueryVariables>;
export const PortalCouncilLiveDocument = {"__meta__":{"hash":"sha256:2027e8e6921b142eb59c7bf486e206f64c8f04cddfb5c8dd7a175f0f94ed6056"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalCouncilLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilLive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBroadcastState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBroadcastState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBroadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortalCouncilLiveSubscription, PortalCouncilLiveSubscriptionVariables>;
export const PortalMyMetersDocument = {"__meta__":{"hash":"sha256:05739993928b7978d21ff098c27cbf1960e0974e0fbfb4cd30ccd6d0f6744296"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyMeters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMeters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fineSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}}]}}]}}]} as unknown as DocumentNode<PortalMyMetersQuery, PortalMyMetersQueryVariables>;
export const PortalLinkMeterDocument = {"__meta__":{"hash":"sha256:a54a4a9787e36916ff16ad5cf655dd1a39b019ee7758e2d3ecc49a62ed36fcd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalLinkMeter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkMeterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkMeter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fineSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}}]}}]}}]} as unknown as DocumentNode<PortalLinkMeterMutation, PortalLinkMeterMutationVariables>;
export const PortalSetMeterDataLevelDocument = {"__meta__":{"hash":"sha256:f1c07f396f5a63a87bb0c70edd9ff484d066aa1696d0ac8bec9c858a4286dd2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSetMeterDataLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterDataLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeterDataLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fineSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}}]}}]}}]} as unknown as DocumentNode<PortalSetMeterDataLevelMutation, PortalSetMeterDataLevelMutationVariables>;
export const PortalMeterSeriesDocument = {"__meta__":{"hash":"sha256:13dc110a171f61b4b1e512a62fa2017f38c68f2b9907210306e4cf71fe56c9d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMeterSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnergyResolution"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"starts"}},{"kind":"Field","name":{"kind":"Name","value":"importKwh"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importKwh"}},{"kind":"Field","name":{"kind":"Name","value":"energyEur"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeEur"}},{"kind":"Field","name":{"kind":"Name","value":"feedInEur"}},{"kind":"Field","name":{"kind":"Name","value":"totalEur"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveCtPerKwh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalMeterSeriesQuery, PortalMeterSeriesQueryVariables>;
export const PortalMeterAppliancesDocument = {"__meta__":{"hash":"sha256:9cfd27668b36c04d550dea7f54a440029a0902cbbdb38a4b2fd0ecec9b7a9a97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMeterAppliances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appliances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"totalKwh"}},{"kind":"Field","name":{"kind":"Name","value":"baseLoadW"}},{"kind":"Field","name":{"kind":"Name","value":"baseLoadKwhPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"untrackedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"largeConsumerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"activations"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"kwhPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eurPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalMeterAppliancesQuery, PortalMeterAppliancesQueryVariables>;
export const PortalMeterPowerDocument = {"__meta__":{"hash":"sha256:2b0b1605062132cca4fd901838aa27c43e8c2d63287d38ba8f888e0bb6a3b877"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalMeterPower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterPower"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"watts"}}]}}]}}]} as unknown as DocumentNode<PortalMeterPowerSubscription, PortalMeterPowerSubscriptionVariables>;
export const PortalKitasDocument = {"__meta__":{"hash":"sha256:300e9cf389739ab1a680c60d88d79995eecfd0bc9faa4e9dda8f870ed68c6078"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalKitas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KitaSearchInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kitas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalKitasQuery, PortalKitasQueryVariables>;
export const PortalMyChildrenDocument = {"__meta__":{"hash":"sha256:fac82553c2911de116d535646df9a3ca2d9a1a9a1ff487e82c4070329058819f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"kita"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalMyChildrenQuery, PortalMyChildrenQueryVariables>;
export const PortalAddFamilyChildDocument = {"__meta__":{"hash":"sha256:a115388d223b511823145e8a659dade8bd143c9ba1a13bcf103a9f2adc380284"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAddFamilyChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFamilyChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalAddFamilyChildMutation, PortalAddFamilyChildMutationVariables>;
export const PortalApplyForKitaDocument = {"__meta__":{"hash":"sha256:26c28603f025b0d50953bf24e2751ee07795748a8303ed0b6de1336e70b8990e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalApplyForKita"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kitaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForKita"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kitaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kitaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalApplyForKitaMutation, PortalApplyForKitaMutationVariables>;
export const PortalWithdrawKitaApplicationDocument = {"__meta__":{"hash":"sha256:65bf5aacbd688fae1e4a6a6aaeb479af1f499237ddc7ee9c50eb8e97fc228b39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalWithdrawKitaApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawKitaApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalWithdrawKitaApplicationMutation, PortalWithdrawKitaApplicationMutationVariables>;
export const PortalAcceptKitaOfferDocument = {"__meta__":{"hash":"sha256:4a7edb048c299428c9194ad81f131ac9017f70d71725b38fe8ca6407c8791721"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAcceptKitaOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptKitaOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalAcceptKitaOfferMutation, PortalAcceptKitaOfferMutationVariables>;
export const PortalKitaDocument = {"__meta__":{"hash":"sha256:b2a4a0e395f332d532d3bff6eb2dfefb26d42fbced41aa909c1987452555bf49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalKita"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kita"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"minAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"openingTimes"}},{"kind":"Field","name":{"kind":"Name","value":"concept"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<PortalKitaQuery, PortalKitaQueryVariables>;
export const PortalMyBirthBundlesDocument = {"__meta__":{"hash":"sha256:e236e71d9e7ee9ef4fba45aa1b6f7bd1169fd355abbffa7375f43bb47db1ac5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyBirthBundles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBirthBundles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBirthBundle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBirthBundle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirthBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childFirstNames"}},{"kind":"Field","name":{"kind":"Name","value":"childFamilyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"howToSubmit"}}]}}]}}]} as unknown as DocumentNode<PortalMyBirthBundlesQuery, PortalMyBirthBundlesQueryVariables>;
export const PortalSubmitBirthBundleDocument = {"__meta__":{"hash":"sha256:10fdf4d7e7159e986d4b80f78212622b54ad9dd4bbd8a32c1218ba9885b68365"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSubmitBirthBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BirthBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBirthBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBirthBundle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBirthBundle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirthBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childFirstNames"}},{"kind":"Field","name":{"kind":"Name","value":"childFamilyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"howToSubmit"}}]}}]}}]} as unknown as DocumentNode<PortalSubmitBirthBundleMutation, PortalSubmitBirthBundleMutationVariables>;
export const PortalDeleteBirthBundleDocument = {"__meta__":{"hash":"sha256:74396d7031d4278c84019a4ade6c3481329f360ec703c16364f38504487d4727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeleteBirthBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBirthBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PortalDeleteBirthBundleMutation, PortalDeleteBirthBundleMutationVariables>;
export const PortalKitaApplicationChangedDocument = {"__meta__":{"hash":"sha256:5a90f99407f287a0d2cfc3f0be029bc3b1a23c62a3c430bed49c1df2c823d983"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalKitaApplicationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKitaApplicationChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}}]}}]}}]} as unknown as DocumentNode<PortalKitaApplicationChangedSubscription, PortalKitaApplicationChangedSubscriptionVariables>;
export const PortalFamilyOffersDocument = {"__meta__":{"hash":"sha256:a2586be80d1aab4620fb669e31b8d9d0dc5fdc6650b0d9d1fadebd277178c06e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFamilyOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyOfferSearchInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalFamilyOffersQuery, PortalFamilyOffersQueryVariables>;
export const PortalUpdateFamilyChildDocument = {"__meta__":{"hash":"sha256:eb94b9522bb99bb4bfcdb52c56eb1c73f26ee4969e6b21a605d6a6c797e513e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUpdateFamilyChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FamilyChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFamilyChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}}]}}]}}]} as unknown as DocumentNode<PortalUpdateFamilyChildMutation, PortalUpdateFamilyChildMutationVariables>;
export const PortalRemoveFamilyChildDocument = {"__meta__":{"hash":"sha256:1fbba4afcad1cbe7eb6041fb2920a65980307763fca74dd4c117e8ad86728d0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRemoveFamilyChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFamilyChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PortalRemoveFamilyChildMutation, PortalRemoveFamilyChildMutationVariables>;
export const PortalFamilyAddressSuggestionsDocument = {"__meta__":{"hash":"sha256:e2e549db940a8df340cd00160b48247a8bb406b7a6e2c0dd7eead315b09074f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFamilyAddressSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyAddressSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<PortalFamilyAddressSuggestionsQuery, PortalFamilyAddressSuggestionsQueryVariables>;
export const PortalBudgetsDocument = {"__meta__":{"hash":"sha256:c83d3efa11bddc745411f5ee128d866312d3530221e978063063f684a0651910"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatoryBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"maxApprovals"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"votedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"ballotCount"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greedy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBudgetResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equalShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBudgetResult"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBudgetResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"selectedCost"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]}}]} as unknown as DocumentNode<PortalBudgetsQuery, PortalBudgetsQueryVariables>;
export const PortalCastBallotDocument = {"__meta__":{"hash":"sha256:2acfcf7c631b6de8b0a504ab735b18916d7e39bdf00a895c378917f7a9c71b7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalCastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"budgetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}}}]}]}}]} as unknown as DocumentNode<PortalCastBallotMutation, PortalCastBallotMutationVariables>;
export const PortalParticipationDocument = {"__meta__":{"hash":"sha256:cf50fd23af7c9c5b247fa9840031269b445bdaf93e95fa3b61d4390ad06a4288"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationProcesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<PortalParticipationQuery, PortalParticipationQueryVariables>;
export const PortalProposalDocument = {"__meta__":{"hash":"sha256:fec8b70af89b1afe8b90595cf006df17458e3a2449d7a33777654888e50e0424"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdReached"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"followedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"supportThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalComment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalComment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<PortalProposalQuery, PortalProposalQueryVariables>;
export const PortalSupportProposalDocument = {"__meta__":{"hash":"sha256:0aaf985ad4992ccc5a8c83ab92a1f12bf9a4ec24d45618ad2bc89928d63efd21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSupportProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdReached"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}}]}}]}}]} as unknown as DocumentNode<PortalSupportProposalMutation, PortalSupportProposalMutationVariables>;
export const PortalAddCommentDocument = {"__meta__":{"hash":"sha256:86bf6c43844d182f540aabc7c13adf6deee7d9b98e1b8757a2ae84a2d0f5c6f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalAddCommentMutation, PortalAddCommentMutationVariables>;
export const PortalSupportCountDocument = {"__meta__":{"hash":"sha256:dfc95e9d8a6c02a750e7d6047026ee371281066bcf6d73fe7e6b32636a1972ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalSupportCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportCountChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdReached"}}]}}]}}]} as unknown as DocumentNode<PortalSupportCountSubscription, PortalSupportCountSubscriptionVariables>;
export const PortalSurveyDocument = {"__meta__":{"hash":"sha256:e3c97f8209e6afa50509696e4494f98219da3e7a48e79a79943ff2b9997e8a0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalSurveyQuery, PortalSurveyQueryVariables>;
export const PortalAnswerSurveyDocument = {"__meta__":{"hash":"sha256:b03b20b5d0a5a0119d4758429c6e405e9783f00629c8f6b16f7d9bf6d9a53dbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}]}]}}]} as unknown as DocumentNode<PortalAnswerSurveyMutation, PortalAnswerSurveyMutationVariables>;
export const PortalMySuggestionsDocument = {"__meta__":{"hash":"sha256:8a9f5027267f05b7a22a93fb6cbcb27bb2974e3b3c89e286c6818c4bdafe8c47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMySuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalMySuggestionsQuery, PortalMySuggestionsQueryVariables>;
export const PortalSubmitSuggestionDocument = {"__meta__":{"hash":"sha256:e582cf1b5efb0412a402284062677e766256e9fa069f478deada12d01387a1ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSubmitSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<PortalSubmitSuggestionMutation, PortalSubmitSuggestionMutationVariables>;
export const PortalMyKaarstPassDocument = {"__meta__":{"hash":"sha256:4ac6925ecbfc7ebd77ea34c9800523cac13df207975e46e6fdb119d512d1db0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<PortalMyKaarstPassQuery, PortalMyKaarstPassQueryVariables>;
export const PortalApplyForKaarstPassDocument = {"__meta__":{"hash":"sha256:2ecf1aa718b613ed41e0acd6a501952cee820e74824ba65a56fd554cb528a6e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalApplyForKaarstPass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForKaarstPassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForKaarstPass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<PortalApplyForKaarstPassMutation, PortalApplyForKaarstPassMutationVariables>;
export const PortalKaarstPassTokenDocument = {"__meta__":{"hash":"sha256:020edaf454c7d62053a750e2e26636752677bf1473dbea44da2be890287b6494"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalKaarstPassToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kaarstPassToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PortalKaarstPassTokenQuery, PortalKaarstPassTokenQueryVariables>;
export const PortalKaarstPassOffersDocument = {"__meta__":{"hash":"sha256:41289876834fbed3ebaf18a8bb3b4c993a9f7d11e6ff550b50737aca5d252d49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalKaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"perPassLimit"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<PortalKaarstPassOffersQuery, PortalKaarstPassOffersQueryVariables>;
export const PortalRedeemKaarstPassOfferDocument = {"__meta__":{"hash":"sha256:2dad85f23957da42f3bf0baa736f4592a3d43dde946519ffb3e13650aa1b0977"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRedeemKaarstPassOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemKaarstPassOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalRedeemKaarstPassOfferMutation, PortalRedeemKaarstPassOfferMutationVariables>;
export const PortalMyKaarstPassDevicesDocument = {"__meta__":{"hash":"sha256:5fc6755c84b838278707c60fd8b4681fdc832f7c0ecaf769a87ea44807fd8b82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyKaarstPassDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKaarstPassDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificateExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<PortalMyKaarstPassDevicesQuery, PortalMyKaarstPassDevicesQueryVariables>;
export const PortalRevokeKaarstPassDeviceDocument = {"__meta__":{"hash":"sha256:47a4e41d342c1c30dc02948c798bed8aaf18d22a05adb0f702e7e719ded088ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRevokeKaarstPassDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeKaarstPassDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificateExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<PortalRevokeKaarstPassDeviceMutation, PortalRevokeKaarstPassDeviceMutationVariables>;
export const PortalRequestTypesDocument = {"__meta__":{"hash":"sha256:2b04d27bd710e0e0fc691f5889de4d84399729f10db548678a95d4ba7c9e3650"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalRequestTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"needsLocation"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<PortalRequestTypesQuery, PortalRequestTypesQueryVariables>;
export const PortalSubmitRequestDocument = {"__meta__":{"hash":"sha256:8a2fbef1b94a9de2cda69618b63e3bb8e615bd712506c6d554b0d8a5a408b74d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSubmitRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalSubmitRequestMutation, PortalSubmitRequestMutationVariables>;
export const PortalMyRequestsDocument = {"__meta__":{"hash":"sha256:1f7fd62de552c92ceb0be3c42bc492ba81fcf17a3128dcf7ea539534f3867e65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMyRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<PortalMyRequestsQuery, PortalMyRequestsQueryVariables>;
export const PortalRequestChangedDocument = {"__meta__":{"hash":"sha256:97ad0e06b86fddfb9cf0180cb7ce4efcc957336e97bfbab0b5baead3825b9e80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalRequestChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<PortalRequestChangedSubscription, PortalRequestChangedSubscriptionVariables>;
export const PortalStartRequestAttachmentDocument = {"__meta__":{"hash":"sha256:7acb242b6a4a2a4ae9f07640925a7d16eb8364c9fccc5f90fee14d09704ab96c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalStartRequestAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRequestAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PortalStartRequestAttachmentMutation, PortalStartRequestAttachmentMutationVariables>;
export const PortalRequestAttachmentLinksDocument = {"__meta__":{"hash":"sha256:ee73893c5e6935c7cabc3f79291642d3b80a81927a97f30d6acf47f96606ac44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalRequestAttachmentLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<PortalRequestAttachmentLinksQuery, PortalRequestAttachmentLinksQueryVariables>;
export const PortalRequestPasswordResetDocument = {"__meta__":{"hash":"sha256:15682408c579a2798ad496a518198fbff85de6da887ce5b5170399d8a297156c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<PortalRequestPasswordResetMutation, PortalRequestPasswordResetMutationVariables>;
export const PortalResetPasswordDocument = {"__meta__":{"hash":"sha256:ca1c70657c140d9a204097504b8b0faa1f7f16eb89776fc5e2ed9cbe6ba155a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<PortalResetPasswordMutation, PortalResetPasswordMutationVariables>;
export const PortalWalkInTicketDocument = {"__meta__":{"hash":"sha256:04417df9339a56132eb81de0469eb82809dbfb0dfdbb8dc9c6ab003370d002d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalWalkInTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueTicketByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWalkInTicketView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWalkInTicketView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueTicketProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ahead"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counter"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<PortalWalkInTicketQuery, PortalWalkInTicketQueryVariables>;
export const PortalWalkInTicketChangedDocument = {"__meta__":{"hash":"sha256:a9c100bf42a518ec716d637c2529875631dc91c4cc2135bb536f748c22251351"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalWalkInTicketChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueTicketChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWalkInTicketView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWalkInTicketView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueTicketProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ahead"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counter"}},{"kind":"Field","name":{"kind":"Name","value":"callCount"}}]}}]} as unknown as DocumentNode<PortalWalkInTicketChangedSubscription, PortalWalkInTicketChangedSubscriptionVariables>;