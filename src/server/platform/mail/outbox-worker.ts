import nodemailer, { type Transporter } from 'nodemailer';
import type pg from 'pg';

export interface OutboxWorker {
  /** Sends what is due now; returns how many mails went out. */
  flush: () => Promise<number>;
  /** Asks for a flush soon (after a commit that queued mail). */
  poke: () => void;
  stop: () => Promise<void>;
}

const BATCH = 20;
const LEASE_SECONDS = 60;
const MAX_ATTEMPTS = 8;

/**
 * Delivers the transactional outbox over SMTP. Rows are leased (locked_until) so two servers never send
 * the same mail, and marked sent right after the SMTP server accepts them. Each mail carries a stable
 * Message-ID (the outbox id), so in the rare case of a crash between acceptance and marking, the
 * receiving side can recognise the retry as the same message.
 */
export function startOutboxWorker(options: {
  ownerPool: pg.Pool;
  smtpUrl: string | undefined;
  from: string;
  intervalMs: number;
  log: (message: string, error?: unknown) => void;
}): OutboxWorker {
  const transport: Transporter | undefined = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  const sendDue = async (): Promise<number> => {
    if (!transport) return 0;
    let sent = 0;
    for (;;) {
      // The worker is a platform job across municipalities; it runs as the owner, not as a request.
      const { rows } = await options.ownerPool.query<{ id: string; recipient: string; subject: string; body_text: string }>(
        `update mail_outbox set locked_until = now() + make_interval(secs => $1), attempts = attempts + 1
         where id in (
           select id from mail_outbox
           where sent_at is null and attempts < $2 and (locked_until is null or locked_until < now())
           order by created_at limit $3 for update skip locked)
         returning id, recipient, subject, body_text`,
        [LEASE_SECONDS, MAX_ATTEMPTS, BATCH],
      );
      if (rows.length === 0) return sent;
      for (const mail of rows) {
        try {
          await transport.sendMail({
            from: options.from,
            to: mail.recipient,
            subject: mail.subject,
            text: mail.body_text,
            messageId: `<${mail.id}@schakel>`,
          });
          await options.ownerPool.query('update mail_outbox set sent_at = now(), last_error = null where id = $1', [mail.id]);
          sent++;
        } catch (error) {
          options.log(`mail ${mail.id} niet verstuurd`, error);
          await options.ownerPool.query(
            `update mail_outbox set last_error = $2, locked_until = now() + make_interval(secs => 30 * attempts) where id = $1`,
            [mail.id, String((error as Error).message).slice(0, 500)],
          );
        }
      }
    }
  };

  const flush = async () => {
    if (running) await running.catch(() => 0);
    running = sendDue();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
  const timer = setInterval(() => {
    if (!stopped) flush().catch((error) => options.log('outbox-ronde mislukt', error));
  }, options.intervalMs);
  timer.unref();

  return {
    flush,
    poke: () => {
      if (!stopped) setImmediate(() => flush().catch((error) => options.log('outbox-ronde mislukt', error)));
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => 0);
      transport?.close();
    },
  };
}
