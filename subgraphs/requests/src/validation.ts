import { badInput } from '@kaarst/kit';
import type { RequestType } from './generated/prisma/client.ts';
import { fieldsOf, needsLocation } from './models.ts';

export interface RequestDraft {
  description: string;
  answers: { field: string; value: string }[];
  latitude?: number | null;
  longitude?: number | null;
  address?: string | null;
}

const MAX_TEXT = 4000;
// Kaarst and its surroundings: a report from elsewhere is a typo in the coordinates.
const AREA = { south: 51.1, north: 51.3, west: 6.5, east: 6.75 };

function checkValue(type: RequestType, code: string, value: string): string {
  const field = fieldsOf(type).find((f) => f.code === code);
  if (!field) throw badInput(`The request type ${type.code} has no field "${code}".`, `answers.${code}`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_TEXT)
    throw badInput(`${field.description}: at most ${MAX_TEXT} characters.`, `answers.${code}`);
  const allowed = new Set((field.values ?? []).map((v) => v.key));
  const invalid = (what: string) => badInput(`${field.description}: ${what}.`, `answers.${code}`);
  switch (field.datatype) {
    case 'number':
      if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) throw invalid('a number is needed');
      return trimmed.replace(',', '.');
    case 'datetime':
      if (Number.isNaN(Date.parse(trimmed))) throw invalid('a date (YYYY-MM-DD) is needed');
      return trimmed;
    case 'singlevaluelist':
      if (!allowed.has(trimmed)) throw invalid(`choose one of ${[...allowed].join(', ')}`);
      return trimmed;
    case 'multivaluelist': {
      const keys = trimmed.split(',').map((k) => k.trim());
      if (keys.some((k) => !allowed.has(k))) throw invalid(`choose from ${[...allowed].join(', ')}`);
      return keys.join(',');
    }
    default:
      return trimmed;
  }
}

/** The request's checked answers and place; any mistake is BAD_USER_INPUT naming the field. */
export function checkDraft(type: RequestType, draft: RequestDraft) {
  const description = draft.description.trim();
  if (description.length < 3) throw badInput('Describe your request in a few words.', 'description');
  if (description.length > MAX_TEXT) throw badInput(`At most ${MAX_TEXT} characters.`, 'description');
  const answers: Record<string, string> = {};
  for (const answer of draft.answers) {
    if (answer.field in answers)
      throw badInput(`"${answer.field}" is answered twice.`, `answers.${answer.field}`);
    answers[answer.field] = checkValue(type, answer.field, answer.value);
  }
  for (const field of fieldsOf(type))
    if (field.required && !answers[field.code])
      throw badInput(`${field.description} is required.`, `answers.${field.code}`);
  const { latitude, longitude } = draft;
  if ((latitude == null) !== (longitude == null))
    throw badInput('Give both latitude and longitude, or neither.', 'latitude');
  if (latitude != null && longitude != null) {
    if (latitude < AREA.south || latitude > AREA.north || longitude < AREA.west || longitude > AREA.east)
      throw badInput('The place is not in Kaarst.', 'latitude');
  }
  const address = draft.address?.trim() || null;
  if (address && address.length > 300) throw badInput('The address is too long.', 'address');
  if (needsLocation(type) && latitude == null && !address)
    throw badInput('Say where: coordinates or an address.', 'address');
  return { description, answers, latitude: latitude ?? null, longitude: longitude ?? null, address };
}
