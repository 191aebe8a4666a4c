import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { applyTestEnv } from './env';

export interface Instance {
  port: number;
  url: string;
  process: ChildProcess;
  /** Sends a signal and waits for the process to exit. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/**
 * Starts one Strapi in a child process (real HTTP on loopback) sharing the database and
 * Redis the env names. Resolves once it answers /_health.
 */
export async function startInstance(env: Record<string, string>, timeoutMs = 60000): Promise<Instance> {
  const port = await freePort();
  const saved = { ...process.env };
  applyTestEnv({ ...env, PORT: String(port), HOST: '127.0.0.1' });
  const childEnv = { ...process.env };
  process.env = saved;
  const child = fork(path.join(__dirname, 'instance-main.js'), [], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr?.on('data', (d) => (output = (output + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`instance exited (${child.exitCode}) during start:\n${output}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status < 500) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`instance did not start within ${timeoutMs} ms:\n${output}`);
  }
  return {
    port,
    url,
    process: child,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
