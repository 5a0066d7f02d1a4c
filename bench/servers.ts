import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerCommand, ServerKind, ServerStats } from './server-process.js';

export interface ServerProcess {
  kind: ServerKind;
  pid: number | undefined;
  url: string;
  startupMs: number;
  statsAtStart: ServerStats;
  stats: () => Promise<ServerStats>;
  /** Records a V8 CPU profile of the server between start and stop. */
  profile: { start: () => Promise<void>; stop: (file: string) => Promise<void> };
  stop: () => Promise<void>;
}

const SERVER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-process.ts');

/** Starts one server under test in its own Node process and waits until it listens. */
export async function startServerProcess(options: {
  kind: ServerKind;
  env: Record<string, string>;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const child = fork(SERVER_SCRIPT, [options.kind], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let lastId = 0;
  const answer = <T>(id: number, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanUp();
        child.kill('SIGKILL');
        reject(new Error(`${options.kind} server: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const onMessage = (message: { id: number }) => {
        if (message.id !== id) return;
        cleanUp();
        resolve(message as T);
      };
      const onExit = (code: number | null) => {
        cleanUp();
        reject(new Error(`${options.kind} server exited (code ${code})`));
      };
      const cleanUp = () => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  const send = <T>(command: ServerCommand, timeoutMs = 30_000) => {
    const id = ++lastId;
    child.send({ id, ...command });
    return answer<T>(id, timeoutMs);
  };

  const ready = await answer<{ port: number; startupMs: number; stats: ServerStats }>(0, options.timeoutMs ?? 60_000);
  return {
    kind: options.kind,
    pid: child.pid,
    url: `http://127.0.0.1:${ready.port}`,
    startupMs: ready.startupMs,
    statsAtStart: ready.stats,
    stats: async () => (await send<{ stats: ServerStats }>({ command: 'stats' })).stats,
    profile: {
      start: async () => void (await send({ command: 'profile-start' })),
      stop: async (file) => void (await send({ command: 'profile-stop', file })),
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.send({ id: ++lastId, command: 'stop' });
      await exited;
      clearTimeout(timer);
    },
  };
}
