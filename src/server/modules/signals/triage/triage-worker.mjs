// A worker thread does not inherit a TypeScript loader under every runner (vitest's forks run without
// tsx): register it here, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./triage-worker.ts');
