/**
 * The gateway's options with the environment's defaults filled in, resolved once
 * before any plugin runs (server.ts documents each option).
 */
import { configuredPublicUrl, env, envInt, isProduction, type Logger } from '@kaarst/kit/common';
import { trustProxyFromEnv } from './access/client-address.ts';
import { limitsFromEnv, type OperationLimits } from './protection/limits.ts';
import { type RateLimitOptions, rateLimitsFromEnv } from './protection/rate-limit.ts';
import { defaultTrustedDocumentFiles, loadTrustedDocuments } from './protection/trusted-documents.ts';
import type { GatewayOptions } from './server.ts';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './upstream/deadline.ts';

export interface GatewaySettings {
  options: GatewayOptions;
  /** Per-request metrics and /metrics. */
  metrics: boolean;
  /** Identical operations and fetches in flight shared. */
  sharing: boolean;
  /** How query plans run (server.ts, `executor`). */
  executor: 'compiled' | 'apollo';
  /** The gateway's checks on (off only to measure them, never in production). */
  checks: boolean;
  trustProxy: string | undefined;
  limits: OperationLimits;
  requestTimeoutMs: number;
  /** Trusted documents by hash, and whether they are the only ones that run for callers without a key. */
  trusted: Map<string, string>;
  enforceTrusted: boolean;
  rateLimits: RateLimitOptions;
  /** The public base URL; set when the gateway listens if still unknown. */
  publicUrl: string | undefined;
}

/** Registered documents only, for callers without an API key: production's default, TRUSTED_DOCUMENTS decides. */
function trustedDocumentsEnforced(): boolean {
  const setting = env('TRUSTED_DOCUMENTS');
  if (setting === 'enforce') return true;
  if (setting === 'off') return false;
  if (setting !== undefined)
    throw new Error(`TRUSTED_DOCUMENTS must be "enforce" or "off", got "${setting}"`);
  return isProduction();
}

/** GATEWAY_EXECUTOR: "compiled" (default) or "apollo"; anything else refuses to start. */
function executorFromEnv(): 'compiled' | 'apollo' {
  const setting = env('GATEWAY_EXECUTOR');
  if (setting === undefined || setting === 'compiled') return 'compiled';
  if (setting === 'apollo') return 'apollo';
  throw new Error(`GATEWAY_EXECUTOR must be "compiled" or "apollo", got "${setting}"`);
}

/** Refuses settings the gateway must not start with, in the order they were always checked. */
export function resolveSettings(options: GatewayOptions, log: Logger): GatewaySettings {
  const publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? configuredPublicUrl();
  if (!publicUrl && isProduction())
    log.warn('HUB_PUBLIC_URL is not set: absolute links (OParl ids) will name the listening address');
  const limits = options.limits ?? limitsFromEnv();
  const requestTimeoutMs =
    options.requestTimeoutMs ?? envInt('REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS);
  const checks = options.checks ?? env('GATEWAY_CHECKS') !== 'off';
  if (!checks && isProduction())
    throw new Error('GATEWAY_CHECKS=off is for benchmarks only, never in production');
  const trusted = loadTrustedDocuments(options.trustedDocuments?.files ?? defaultTrustedDocumentFiles());
  const enforceTrusted = options.trustedDocuments?.enforce ?? trustedDocumentsEnforced();
  // Enforced with nothing registered, the portal itself could run nothing: refuse to start instead.
  if (enforceTrusted && checks && trusted.size === 0)
    throw new Error('Trusted documents are enforced but none were loaded: set TRUSTED_DOCUMENTS_PATH');
  return {
    options,
    metrics: options.metrics ?? env('METRICS_ENABLED') !== 'false',
    sharing: options.sharing ?? env('GATEWAY_SHARING') !== 'off',
    executor: options.executor ?? executorFromEnv(),
    checks,
    trustProxy: options.trustProxy ?? trustProxyFromEnv(),
    limits,
    requestTimeoutMs,
    trusted,
    enforceTrusted,
    rateLimits: options.rateLimits ?? rateLimitsFromEnv(),
    publicUrl,
  };
}
