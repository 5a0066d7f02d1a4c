import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** The one error type a service throws: an HTTP status, a stable code and a readable (Dutch) message. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    // A client error is answered, never logged: capturing its stack trace is wasted work on a hot path.
    const limit = Error.stackTraceLimit;
    if (statusCode < 500) Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

export const notFound = (message = 'Niet gevonden.') => new AppError(404, 'not_found', message);
export const forbidden = (message = 'U heeft geen toegang tot deze functie.') => new AppError(403, 'forbidden', message);
export const badRequest = (code: string, message: string) => new AppError(400, code, message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);

// PostgreSQL errors that are the caller's fault, not ours.
const PG_CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'conflict', message: 'Dit bestaat al.' },
  '23503': { status: 409, code: 'reference_conflict', message: 'Dit verwijst naar iets dat niet (meer) bestaat, of wordt nog gebruikt.' },
  '23514': { status: 400, code: 'invalid_value', message: 'Een waarde voldoet niet aan de regels.' },
  '22P02': { status: 400, code: 'invalid_value', message: 'Een waarde heeft een ongeldig formaat.' },
  '22001': { status: 400, code: 'value_too_long', message: 'Een waarde is te lang.' },
};

/** One error handler: clients get `{code, message}` with 4xx for bad input, and never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({ code: error.code, message: error.message, issues: error.issues });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: [error.validationContext, ...(issue.instancePath.split('/').filter(Boolean))].join('.'),
        message: issue.message ?? 'ongeldig',
      }));
      const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      return reply.status(400).send({ code: 'validation_failed', message: `Ongeldige invoer — ${summary}`, issues });
    }
    const pgError = error.code ? PG_CLIENT_ERRORS[error.code] : undefined;
    if (pgError) {
      request.log.info({ err: error }, 'database rejected input');
      return reply.status(pgError.status).send({ code: pgError.code, message: pgError.message });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ code: 'rate_limited', message: 'Te veel verzoeken. Probeer het over een minuut opnieuw.' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
      // Fastify's own client errors: malformed JSON, unsupported media type, body too large, …
      return reply.status(error.statusCode).send({ code: clientErrorCode(error), message: clientErrorMessage(error) });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ code: 'internal_error', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ code: 'not_found', message: `Onbekend adres: ${request.method} ${request.url.split('?')[0]}` }),
  );
}

function clientErrorCode(error: FastifyError): string {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type';
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'body_too_large';
  if (error.code?.startsWith('FST_ERR_CTP')) return 'invalid_body';
  return 'bad_request';
}

function clientErrorMessage(error: FastifyError): string {
  switch (clientErrorCode(error)) {
    case 'unsupported_media_type':
      return 'Stuur de gegevens als JSON (Content-Type: application/json).';
    case 'body_too_large':
      return 'De inhoud is te groot.';
    case 'invalid_body':
      return 'De inhoud is geen geldige JSON.';
    default:
      return 'Ongeldig verzoek.';
  }
}
