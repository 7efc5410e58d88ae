/**
 * Without SMTP_URL: in development the mail is written to the log (and said to be unsent);
 * in production nothing can be sent and the caller is told so. With it: sent over SMTP.
 */
import type { Logger } from '@kaarst/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { closeMail, mailConfigured, sendMail } from '../src/mailer.ts';
import { requestPasswordReset } from '../src/password-reset.ts';
import { startMailbox } from './mailbox.ts';

const saved = { SMTP_URL: process.env.SMTP_URL, NODE_ENV: process.env.NODE_ENV };
const message = {
  to: 'anna@example.org',
  subject: 'Test',
  text: 'Link: http://localhost:4000/#/passwort-neu/abc',
};

function recordingLog() {
  const lines: Array<{ level: string; fields: Record<string, unknown>; text: string }> = [];
  const at = (level: string) => (fields: Record<string, unknown>, text: string) =>
    lines.push({ level, fields, text });
  return { lines, log: { warn: at('warn'), info: at('info'), error: at('error') } as unknown as Logger };
}

describe('mail without and with SMTP_URL', () => {
  afterEach(() => {
    closeMail();
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  it('logs the unsent mail, link included, in development', async () => {
    delete process.env.SMTP_URL;
    delete process.env.NODE_ENV;
    const { lines, log } = recordingLog();
    expect(mailConfigured()).toBe(true);
    expect(await sendMail(message, log)).toBe('logged');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe('warn');
    expect(lines[0]?.text).toMatch(/SMTP_URL is not set: this mail was NOT sent/);
    expect(lines[0]?.fields.text).toContain('/#/passwort-neu/abc');
  });

  it('sends nothing and logs no link in production', async () => {
    delete process.env.SMTP_URL;
    process.env.NODE_ENV = 'production';
    const { lines, log } = recordingLog();
    expect(mailConfigured()).toBe(false);
    await expect(sendMail(message, log)).rejects.toThrow(/SMTP_URL is not set/);
    expect(lines).toEqual([]);
    // The caller asking for a reset link is told with a stable code, before anything is looked up.
    const asked = requestPasswordReset(
      { db: {} as never, throttle: {} as never, client: null, log },
      'anna@example.org',
    );
    await expect(asked).rejects.toMatchObject({ code: 'MAIL_NOT_CONFIGURED' });
  });

  it('sends over SMTP when SMTP_URL is set', async () => {
    const mailbox = await startMailbox();
    try {
      process.env.SMTP_URL = mailbox.url;
      process.env.NODE_ENV = 'production';
      const { log } = recordingLog();
      expect(mailConfigured()).toBe(true);
      expect(await sendMail(message, log)).toBe('sent');
      expect((await mailbox.next('anna@example.org')).text).toContain('/#/passwort-neu/abc');
    } finally {
      await mailbox.close();
    }
  });
});
