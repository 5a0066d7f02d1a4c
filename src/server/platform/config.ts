import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  SHARED_DATA_DIR: z.string().default('../shared/data'),
  DATABASE_URL: z.string().url().optional(),
  APP_DB_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'APP_DB_ROLE: kleine letters, cijfers en _')
    .default('schakel_app'),
  APP_DB_PASSWORD: z.string().min(12).optional(),
  DEMO: booleanFromEnv.optional(),
  DEMO_PASSWORD: z.string().min(1).default('demo'),
  COOKIE_SECURE: booleanFromEnv.default(true),
  SESSION_HOURS: z.coerce.number().positive().default(10),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  PUBLIC_WRITE_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  PUBLIC_READ_RATE_LIMIT: z.coerce.number().int().positive().default(100_000),
  PDOK_LOCATIESERVER_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().default('./dist/web'),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Schakel <noreply@schakel.localhost>'),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  JOB_INTERVAL_MS: z.coerce.number().int().min(1000).default(3_600_000),
  DASHBOARD_CACHE_SIZE: z.coerce.number().int().min(0).default(500),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  sharedDataDir: string;
  /** External PostgreSQL (owner credentials); when absent the embedded server under dataDir is used. */
  databaseUrl?: string;
  appDbRole: string;
  appDbPassword?: string;
  /** Demo mode loads the demo municipalities on first start and lists the demo accounts. */
  demo: boolean;
  demoPassword: string;
  cookieSecure: boolean;
  sessionHours: number;
  rateLimits: { login: number; publicWrite: number; publicRead: number };
  pdokLocatieserverUrl?: string;
  logLevel: string;
  webDistDir: string;
  /** Base URL for links in mails and tracking links, e.g. https://schakel.bergenopzoom.nl */
  publicUrl: string;
  mail: { smtpUrl?: string; from: string; outboxIntervalMs: number };
  /** How often the periodic jobs run: referral reminders and escalation, retention of personal data. */
  jobIntervalMs: number;
  /** Activity dashboard answers kept per server process (least recently used go first); 0 switches the cache off. */
  dashboardCacheSize: number;
}

/** Reads the configuration from environment variables, with a readable error for a wrong value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    sharedDataDir: path.resolve(e.SHARED_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    appDbRole: e.APP_DB_ROLE,
    appDbPassword: e.APP_DB_PASSWORD,
    // Demo mode is on unless switched off, or when an external database is used without asking for it.
    demo: e.DEMO ?? !e.DATABASE_URL,
    demoPassword: e.DEMO_PASSWORD,
    cookieSecure: e.COOKIE_SECURE,
    sessionHours: e.SESSION_HOURS,
    rateLimits: {
      login: e.LOGIN_RATE_LIMIT,
      publicWrite: e.PUBLIC_WRITE_RATE_LIMIT,
      publicRead: e.PUBLIC_READ_RATE_LIMIT,
    },
    pdokLocatieserverUrl: e.PDOK_LOCATIESERVER_URL,
    logLevel: e.LOG_LEVEL,
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, outboxIntervalMs: e.OUTBOX_INTERVAL_MS },
    jobIntervalMs: e.JOB_INTERVAL_MS,
    dashboardCacheSize: e.DASHBOARD_CACHE_SIZE,
  };
}
