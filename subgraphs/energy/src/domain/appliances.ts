/**
 * Appliance detection end to end, and its measurement against a known truth.
 * From power data of one second or so: Hart's steps, pairs and signatures.
 * The evaluation labels each signature with the true appliance most of its
 * activations belong to (as NILM evaluations do: the algorithm finds clusters,
 * people name them), then counts per appliance.
 */
import {
  DEFAULT_HART,
  findTransitions,
  type HartOptions,
  type PowerSamples,
  pairTransitions,
} from './hart.ts';
import { DEFAULT_CLUSTERS, type Signature, signaturesOf } from './signatures.ts';
import type { ApplianceName, TrueActivation } from './synthetic.ts';

/** Detection needs power at least this often; 15-minute values go to load-view.ts instead. */
export const MAX_SAMPLE_INTERVAL_MS = 10_000;

export function detectAppliances(
  samples: PowerSamples,
  ctPerKwh: number,
  options: HartOptions = DEFAULT_HART,
) {
  const n = samples.at.length;
  const spanMs = n > 1 ? (samples.at[n - 1] as number) - (samples.at[0] as number) : 0;
  const transitions = findTransitions(samples, options);
  const activations = pairTransitions(transitions, options);
  const signatures = signaturesOf(activations, spanMs, ctPerKwh, DEFAULT_CLUSTERS);
  return { transitions: transitions.length, activations: activations.length, signatures, spanMs };
}

export interface ApplianceScore {
  appliance: ApplianceName;
  trueActivations: number;
  detectedActivations: number;
  matched: number;
  precision: number | null;
  recall: number;
  trueKwh: number;
  estimatedKwh: number;
}

/** A detected switch-on within this of the true one is the same event. */
export const MATCH_WINDOW_MS = 15_000;

/** ... and its power within this share of the true power. */
export const MATCH_POWER_SHARE = 0.25;

function matchIndex(truth: TrueActivation[], on: number, powerW: number, used: Set<number>): number {
  // truth is sorted by `on`: binary search for the first candidate.
  let low = 0;
  let high = truth.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((truth[mid] as TrueActivation).on < on - MATCH_WINDOW_MS) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < truth.length && (truth[i] as TrueActivation).on <= on + MATCH_WINDOW_MS; i++)
    if (
      !used.has(i) &&
      Math.abs(powerW - (truth[i] as TrueActivation).powerW) <=
        MATCH_POWER_SHARE * (truth[i] as TrueActivation).powerW
    )
      return i;
  return -1;
}

export function scoreDetection(signatures: Signature[], truth: TrueActivation[]): ApplianceScore[] {
  const byAppliance = new Map<ApplianceName, TrueActivation[]>();
  for (const t of truth) byAppliance.set(t.appliance, [...(byAppliance.get(t.appliance) ?? []), t]);
  const all = [...truth].sort((a, b) => a.on - b.on);

  // Name each signature by a majority vote of its activations' true appliances.
  const labelled = new Map<ApplianceName, Signature[]>();
  for (const signature of signatures) {
    const votes = new Map<ApplianceName, number>();
    const used = new Set<number>();
    for (const member of signature.members) {
      const index = matchIndex(all, member.on, member.powerW, used);
      if (index >= 0) {
        const name = (all[index] as TrueActivation).appliance;
        votes.set(name, (votes.get(name) ?? 0) + 1);
      }
    }
    const winner = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (winner) labelled.set(winner[0], [...(labelled.get(winner[0]) ?? []), signature]);
  }

  return [...byAppliance.entries()].map(([appliance, events]) => {
    const sorted = [...events].sort((a, b) => a.on - b.on);
    const used = new Set<number>();
    let detected = 0;
    let matched = 0;
    let estimatedWh = 0;
    for (const signature of labelled.get(appliance) ?? [])
      for (const member of signature.members) {
        detected++;
        estimatedWh += (member.powerW * (member.off - member.on)) / 3_600_000;
        const index = matchIndex(sorted, member.on, member.powerW, used);
        if (index >= 0) {
          used.add(index);
          matched++;
        }
      }
    const trueWh = sorted.reduce((sum, t) => sum + (t.powerW * (t.off - t.on)) / 3_600_000, 0);
    return {
      appliance,
      trueActivations: sorted.length,
      detectedActivations: detected,
      matched,
      precision: detected > 0 ? matched / detected : null,
      recall: sorted.length > 0 ? matched / sorted.length : 0,
      trueKwh: trueWh / 1000,
      estimatedKwh: estimatedWh / 1000,
    };
  });
}
