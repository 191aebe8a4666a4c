import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** The text/html part, when the mail has one. */
  html: string | null;
  raw: string;
}

/** Decodes a quoted-printable body (nodemailer's choice for long or non-ASCII text). */
function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const flat = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] === '=' && /^[0-9A-F]{2}$/i.test(flat.slice(i + 1, i + 3))) {
      bytes.push(parseInt(flat.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(flat[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words in a header (=?UTF-8?Q?...?= or =?UTF-8?B?...?=). */
const decodeHeader = (h: string) =>
  h.replace(/\s*=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );

/** Headers and body of a MIME entity. */
function entity(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) =>
    head
      .split('\r\n')
      .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  return { header, body: raw.slice(split + 4) };
}

function decodeBody(e: ReturnType<typeof entity>): string {
  const encoding = e.header('Content-Transfer-Encoding').toLowerCase();
  return encoding === 'quoted-printable'
    ? decodeQuotedPrintable(e.body)
    : encoding === 'base64'
      ? Buffer.from(e.body, 'base64').toString('utf8')
      : e.body;
}

/** A mail's envelope, subject, plain text (the text/plain part of a multipart mail) and HTML part. */
export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const top = entity(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(top.header('Content-Type'))?.[1];
  let text = decodeBody(top);
  let html: string | null = null;
  if (boundary) {
    const parts = top.body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((p) => entity(p.replace(/^\r\n/, '')));
    const plain = parts.find((p) => p.header('Content-Type').startsWith('text/plain'));
    const rich = parts.find((p) => p.header('Content-Type').startsWith('text/html'));
    text = plain ? decodeBody(plain) : '';
    html = rich ? decodeBody(rich).trimEnd() : null;
  }
  return {
    ...envelope,
    subject: decodeHeader(top.header('Subject')),
    text: text.replace(/\r\n/g, '\n').trimEnd(),
    html,
    raw,
  };
}

/**
 * A real SMTP server on loopback (no TLS, no auth) that keeps every mail it receives: what
 * Strapi's email plugin (nodemailer provider) sends in the tests.
 */
export async function startSmtp(port = 0) {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(
          parseMail(Buffer.concat(chunks).toString('utf8'), {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          }),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    mails,
    /** The first mail matching `pred`, waiting up to `timeoutMs` for it. */
    async waitFor(pred: (m: ReceivedMail) => boolean, timeoutMs = 20_000): Promise<ReceivedMail> {
      for (let waited = 0; ; waited += 50) {
        const hit = mails.find(pred);
        if (hit) return hit;
        if (waited >= timeoutMs)
          throw new Error(
            `no mail matched within ${timeoutMs} ms; received: ${JSON.stringify(mails.map((m) => [m.to, m.subject]))}`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
