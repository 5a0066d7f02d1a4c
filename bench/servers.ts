import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MemoryUsage, ServerKind } from './server-process.js';

export interface ServerProcess {
  url: string;
  pid: number;
  startupMs: number;
  memoryAtStart: MemoryUsage;
  memory: () => Promise<MemoryUsage>;
  stop: () => Promise<void>;
}

const SERVER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-process.ts');

/** Starts one server under test in its own Node process and waits until it listens. */
export async function startServerProcess(options: {
  kind: ServerKind;
  env: Record<string, string>;
  /** Write a V8 CPU profile of the server to this folder (BENCH_PROFILE=1). */
  profileDir?: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const execArgv = ['--import', 'tsx'];
  if (options.profileDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.profileDir}`);
  const child = fork(SERVER_SCRIPT, [options.kind], {
    execArgv,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage<{ port: number; startupMs: number; memory: MemoryUsage }>(
    child,
    'ready',
    options.timeoutMs ?? 60_000,
  );
  return {
    url: `http://127.0.0.1:${ready.port}`,
    pid: child.pid ?? 0,
    startupMs: ready.startupMs,
    memoryAtStart: ready.memory,
    memory: async () => {
      child.send({ type: 'memory' });
      return (await nextMessage<{ memory: MemoryUsage }>(child, 'memory', 10_000)).memory;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function nextMessage<T>(child: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanUp();
      child.kill('SIGKILL');
      reject(new Error(`server process: no '${type}' message within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      cleanUp();
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`server process exited (code ${code}) before '${type}'`));
    };
    const cleanUp = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
