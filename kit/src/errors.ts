import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values the hub answers with. Clients branch on
 * these, so a code once published is never renamed.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  SLOT_TAKEN: 'SLOT_TAKEN',
  /** The citizen already holds an appointment that overlaps the one asked for. */
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  // Attachments: what was announced or sent is not accepted.
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_FILE_TYPE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  TOO_MANY_ATTACHMENTS: 'TOO_MANY_ATTACHMENTS',
  QUOTA_EXHAUSTED: 'QUOTA_EXHAUSTED',
  PASS_NOT_ACTIVE: 'PASS_NOT_ACTIVE',
  PASS_EXPIRED: 'PASS_EXPIRED',
  REDEMPTION_LIMIT_REACHED: 'REDEMPTION_LIMIT_REACHED',
  OFFER_NOT_AVAILABLE: 'OFFER_NOT_AVAILABLE',
  /** Too many attempts (sign-ins, code look-ups): wait `extensions.retryAfterSeconds`. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A password-reset link used already, expired or unknown (`extensions.reason`: USED, EXPIRED, UNKNOWN). */
  INVALID_RESET_TOKEN: 'INVALID_RESET_TOKEN',
  /** This hub has no mail server set up (SMTP_URL), so what needs a mail (a reset link) cannot be done. */
  MAIL_NOT_CONFIGURED: 'MAIL_NOT_CONFIGURED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The one error type resolvers throw; its message is meant for the caller. */
export class HubError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.code = code;
    this.name = 'HubError';
  }
}

export const unauthenticated = (message = 'Sign in to do this.') =>
  new HubError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You may not do this.') => new HubError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, field?: string) =>
  new HubError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (what: string) => new HubError(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const conflict = (message: string) => new HubError(ErrorCode.CONFLICT, message);

/** True when a Prisma error is a unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
