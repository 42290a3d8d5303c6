/**
 * The calls between the main thread and the MongoDB worker: answers, errors that keep the class
 * the front doors tell apart, notifications, and no call left waiting on a thread that is gone.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { ClusterUnreachableError, ConfigurationError } from '../../../src/core/errors';
import { connectRpc, fromWire, toWire } from '../../../src/core/worker-rpc';

describe('worker-rpc', () => {
  let channel: MessageChannel;
  afterEach(() => {
    channel.port1.close();
    channel.port2.close();
  });

  test('a call is answered by the other side’s handler, in both directions', async () => {
    channel = new MessageChannel();
    const a = connectRpc(channel.port1, { twice: (n: number) => n * 2 });
    const b = connectRpc(channel.port2, { greet: async (who: string) => `hello ${who}` });
    await expect(b.call('twice', 21)).resolves.toBe(42);
    await expect(a.call('greet', 'k2h')).resolves.toBe('hello k2h');
    expect(a.pending).toBe(0);
    expect(b.pending).toBe(0);
  });

  test('a handler’s error crosses with its message; ConfigurationError and ClusterUnreachableError keep their class', async () => {
    channel = new MessageChannel();
    connectRpc(channel.port1, {
      config: () => {
        throw new ConfigurationError('mongodb-uri is not a URI');
      },
      unreachable: async () => {
        throw new ClusterUnreachableError('connect ECONNREFUSED 127.0.0.1:1');
      },
      plain: () => {
        throw new TypeError('x is not a function');
      },
    });
    const b = connectRpc(channel.port2, {});
    const config = await b.call('config').catch((e: unknown) => e);
    expect(config).toBeInstanceOf(ConfigurationError);
    expect((config as Error).message).toBe('mongodb-uri is not a URI');
    expect(await b.call('unreachable').catch((e: unknown) => e)).toBeInstanceOf(ClusterUnreachableError);
    const plain = (await b.call('plain').catch((e: unknown) => e)) as Error;
    expect(plain.name).toBe('TypeError');
    expect(plain.message).toBe('x is not a function');
  });

  test('a call of a method the other side does not have is refused by name', async () => {
    channel = new MessageChannel();
    connectRpc(channel.port1, {});
    const b = connectRpc(channel.port2, {});
    await expect(b.call('nothing')).rejects.toThrow('no such call: nothing');
  });

  test('an answer that cannot cross (a function) rejects the call instead of leaving it waiting', async () => {
    channel = new MessageChannel();
    connectRpc(channel.port1, { fn: () => () => 1 });
    const b = connectRpc(channel.port2, {});
    await expect(b.call('fn')).rejects.toThrow(/could not be cloned/);
    expect(b.pending).toBe(0);
  });

  test('notifications reach the handler and get no answer; onBusy follows the waiting calls', async () => {
    channel = new MessageChannel();
    const seen: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    connectRpc(channel.port1, {
      log: (text: string) => void seen.push(text),
      slow: () => gate.then(() => 'done'),
    });
    const busy: boolean[] = [];
    const b = connectRpc(channel.port2, {}, { onBusy: (x) => busy.push(x) });
    b.notify('log', 'one');
    b.notify('missing', 'ignored');
    const first = b.call('slow');
    const second = b.call('slow');
    expect(b.pending).toBe(2);
    expect(busy).toEqual([true]);
    release();
    await expect(Promise.all([first, second])).resolves.toEqual(['done', 'done']);
    expect(busy).toEqual([true, false]);
    expect(seen).toEqual(['one']);
  });

  test('close() rejects the waiting calls with its reason and refuses new ones', async () => {
    channel = new MessageChannel();
    connectRpc(channel.port1, { never: () => new Promise(() => undefined) });
    const b = connectRpc(channel.port2, {});
    const waiting = b.call('never');
    b.close('the phase stopped');
    await expect(waiting).rejects.toThrow('the phase stopped');
    await expect(b.call('never')).rejects.toThrow('the phase stopped');
    expect(b.pending).toBe(0);
  });

  test('a worker that exits while a call waits rejects it, naming the exit', async () => {
    channel = new MessageChannel(); // unused here; afterEach closes it
    // The worker answers "ping" and exits on "die" before answering.
    const code = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (m) => {
        if (m.t !== 'call') return;
        if (m.method === 'ping') parentPort.postMessage({ t: 'ok', id: m.id, value: 'pong' });
        if (m.method === 'die') process.exit(3);
      });`;
    const worker = new Worker(code, { eval: true });
    try {
      const rpc = connectRpc(worker, {});
      await expect(rpc.call('ping')).resolves.toBe('pong');
      await expect(rpc.call('die')).rejects.toThrow('the worker thread stopped (exit code 3)');
      await expect(rpc.call('ping')).rejects.toThrow(/stopped/);
      expect(rpc.pending).toBe(0);
    } finally {
      await worker.terminate();
    }
  });

  test('a worker that throws rejects the waiting call with the error’s message', async () => {
    channel = new MessageChannel();
    const code = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (m) => { if (m.t === 'call') throw new Error('driver failed to load'); });`;
    const worker = new Worker(code, { eval: true });
    try {
      const rpc = connectRpc(worker, {});
      await expect(rpc.call('anything')).rejects.toThrow(
        /^the worker thread failed: .*driver failed to load/,
      );
    } finally {
      await worker.terminate();
    }
  });

  test('toWire/fromWire keep name and message only', () => {
    const e = Object.assign(new Error('boom'), { secret: 'hunter2' });
    const w = toWire(e);
    expect(w).toEqual({ name: 'Error', message: 'boom' });
    expect(JSON.stringify(w)).not.toContain('hunter2');
    expect(toWire('text')).toEqual({ name: 'Error', message: 'text' });
    const back = fromWire({ name: 'RangeError', message: 'too big' });
    expect(back.name).toBe('RangeError');
    expect(back.message).toBe('too big');
  });
});
