import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestMailbox {
  url: string;
  messages: ParsedMail[];
  /** Waits until a mail matching `predicate` has arrived (real SMTP delivery), and returns it. */
  waitFor: (predicate: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>;
  close: () => Promise<void>;
}

/** A real SMTP server on a free loopback port that keeps what it receives. */
export async function startTestMailbox(): Promise<TestMailbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: async (predicate, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no mail arrived in ${timeoutMs} ms; got: ${messages.map((m) => `${m.subject} → ${addressOf(m)}`).join(' | ')}`);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const addressOf = (mail: ParsedMail) => {
  const to = mail.to;
  const first = Array.isArray(to) ? to[0] : to;
  return first?.value[0]?.address ?? '';
};
