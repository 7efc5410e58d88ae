/** The phone the Kaarst App's tests emulate: a mid-range Android phone (as Playwright's "Pixel 7"), German, in Kaarst's time zone. */
export const PHONE = {
  viewport: { width: 412, height: 839 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
  locale: 'de-DE',
  timezoneId: 'Europe/Berlin',
};
