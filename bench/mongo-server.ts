/**
 * The benchmarks' MongoDB: the MongoDB sandbox in a process of its own, as a real mongod is a
 * server of its own. In the benchmark's process it would share one event loop with the
 * Kubernetes sandbox, so the MongoDB work of k2h's downtime (createUser derives two SCRAM
 * credentials synchronously) would hold up the API server's answers to the scale-down, a
 * contention no real cluster has (and the runbook side, which uses no MongoDB, never sees).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MongoSandbox, type MongoSandboxOptions } from '../src/sandbox/mongo';

export interface MongoServer {
  uri: string;
  stop(): Promise<void>;
}

/** Starts the MongoDB sandbox in its own process; resolves once it listens. */
export function startMongoServer(options: MongoSandboxOptions): Promise<MongoServer> {
  const child = fork(fileURLToPath(import.meta.url), ['--mongo-server'], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`MongoDB sandbox exited ${code} before it listened`)));
    child.once('message', (m: { uri?: string; error?: string }) => {
      if (!m.uri) return reject(new Error(`MongoDB sandbox did not start: ${m.error}`));
      child.removeAllListeners('exit');
      resolve({
        uri: m.uri,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.send('stop');
          }),
      });
    });
    child.send(options);
  });
}

if (process.argv.includes('--mongo-server') && process.send) {
  process.once('message', (options: MongoSandboxOptions) => {
    MongoSandbox.start(options).then(
      (mongo) => {
        process.send!({ uri: mongo.uri });
        process.once('message', () => void mongo.stop().then(() => process.exit(0)));
      },
      (err: unknown) => {
        process.send!({ error: String(err) });
        process.exit(1);
      },
    );
  });
}
