/**
 * Mail from the citizens subgraph (for now: the password-reset link), over SMTP with
 * nodemailer. Settings from the environment, read when a mail is sent:
 *
 * - `SMTP_URL`: the server, e.g. `smtp://user:password@mail.example.org:587` (STARTTLS when the
 *   server offers it) or `smtps://user:password@mail.example.org:465` (TLS from the start).
 * - `MAIL_FROM`: the sender, e.g. `Stadt Kaarst <no-reply@kaarst.de>` (default
 *   `Kaarst Smart City Hub <no-reply@localhost>`).
 *
 * Without `SMTP_URL` nothing is mailed. In development (the embedded default of `npm start`)
 * the message, link included, is written to the log instead, so a developer can follow it;
 * in production (`NODE_ENV=production`) `mailConfigured()` is false and the caller refuses.
 */
import { env, isProduction, type Logger } from '@kaarst/kit';
import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How a message left: by SMTP, or only into the development log (no SMTP_URL). */
export type MailOutcome = 'sent' | 'logged';

const transports = new Map<string, Transporter>();

function transport(url: string): Transporter {
  let found = transports.get(url);
  if (!found) {
    found = nodemailer.createTransport(
      { url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
      { from: env('MAIL_FROM') ?? 'Kaarst Smart City Hub <no-reply@localhost>' },
    );
    transports.set(url, found);
  }
  return found;
}

/** Whether mail can go out: an SMTP server is set, or this is development (the log stands in). */
export const mailConfigured = (): boolean => env('SMTP_URL') !== undefined || !isProduction();

/** Sends one message (throws what the SMTP server refused); without SMTP_URL, logs it in development. */
export async function sendMail(message: MailMessage, log: Logger): Promise<MailOutcome> {
  const url = env('SMTP_URL');
  if (url === undefined) {
    if (isProduction()) throw new Error('SMTP_URL is not set: no mail can be sent');
    log.warn(
      { to: message.to, subject: message.subject, text: message.text },
      'SMTP_URL is not set: this mail was NOT sent; development only, its text is logged here instead',
    );
    return 'logged';
  }
  await transport(url).sendMail(message);
  return 'sent';
}

/** Closes the SMTP connections (tests, shutdown). */
export function closeMail(): void {
  for (const open of transports.values()) open.close();
  transports.clear();
}
