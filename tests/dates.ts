// The e2e tests' dates come from the kit's test helpers.
import { WEEKDAY } from '@kaarst/kit/testing';

export { nextLocal } from '@kaarst/kit/testing';
export const TUESDAY = WEEKDAY.TUESDAY;
export const WEDNESDAY = WEEKDAY.WEDNESDAY;
export const SUNDAY = WEEKDAY.SUNDAY;
