import type { Db } from '../db/tenant.js';

export interface OutgoingMail {
  municipalityId: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Queues a mail inside the caller's transaction: it is sent only if the change it reports commits,
 * and a crash after the commit cannot lose it (the outbox worker sends it on the next round).
 */
export async function enqueueMail(db: Db, mail: OutgoingMail): Promise<void> {
  await db.query(
    'insert into mail_outbox (municipality_id, recipient, subject, body_text) values ($1, $2, $3, $4)',
    [mail.municipalityId, mail.to, mail.subject, mail.text],
  );
}
