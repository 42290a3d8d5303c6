/**
 * MongoSandbox: an in-memory MongoDB (a one-member replica set of 7.0) on 127.0.0.1 that the real
 * `mongodb` driver and `mongosh` work against, with SCRAM authentication, role checks, a log of
 * every command and change, and a kill switch that drops every connection after N writes.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ObjectId, type Document } from 'bson';
import { Catalog } from './catalog';
import { execute } from './commands/index';
import type { ConnState, ServerState } from './commands/context';
import { Cursors } from './cursors';
import type { CommandEntry, WriteEntry } from './log';
import { loadSeed, type SeedData } from './seed';
import { UserStore } from './users';
import { normalize } from './values';
import { decodeMessage, encodeMsg, encodeReply, messageLength, OpCode } from './wire';

/** How to start a MongoSandbox. */
export interface MongoSandboxOptions {
  /** Port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** The root user (role `root` on `admin`). */
  rootUser: string;
  rootPassword: string;
  /** Databases to start with. */
  databases?: SeedData;
  /** Replica set name hello reports; default `rs0`. */
  replicaSet?: string;
  /**
   * `host:port` hello reports as the member (hosts, primary, me). Default: this server's own
   * address, so clients that connect to it directly may use replica-set discovery. Clients that
   * reach it through a port-forward must connect with `directConnection=true`.
   */
  advertisedHost?: string;
}

/** An in-memory MongoDB wire-protocol server. */
export class MongoSandbox {
  private readonly state: ServerState;
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private listenPort = 0;
  private budget: number | undefined;
  private writesSeen = 0;
  private nextConn = 1;

  private constructor(private readonly options: MongoSandboxOptions) {
    const catalog = new Catalog();
    const users = new UserStore();
    this.state = {
      catalog,
      users,
      cursors: new Cursors(),
      host: options.advertisedHost ?? '',
      setName: options.replicaSet ?? 'rs0',
      startedAt: new Date(),
      electionId: new ObjectId('7fffffff0000000000000001'),
      commands: [],
      writes: [],
      wrote: (entry) => {
        this.state.writes.push(entry);
        if (this.budget !== undefined) this.writesSeen++;
      },
    };
    users.create('admin', options.rootUser, options.rootPassword, [{ role: 'root', db: 'admin' }]);
    if (options.databases) loadSeed(catalog, users, options.databases);
  }

  /** Starts a server and waits until it listens. */
  static async start(options: MongoSandboxOptions): Promise<MongoSandbox> {
    const m = new MongoSandbox(options);
    await m.listen(options.port ?? 0);
    return m;
  }

  /** The port it listens on. */
  get port(): number {
    return this.listenPort;
  }

  /** `127.0.0.1:PORT`. */
  get address(): string {
    return `127.0.0.1:${this.listenPort}`;
  }

  /** A connection string for the root user (authSource admin). */
  get uri(): string {
    return this.uriFor(this.options.rootUser, this.options.rootPassword, 'admin');
  }

  /** A connection string for any user, authenticating against `authSource`. */
  uriFor(user: string, password: string, authSource = 'admin', address = this.address): string {
    return `mongodb://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${address}/?authSource=${encodeURIComponent(authSource)}`;
  }

  /** Every change to data, indexes, the catalog or users, in order. */
  get writes(): readonly WriteEntry[] {
    return this.state.writes;
  }

  /** Every command served, in order (names only, never arguments: they may hold passwords). */
  get commands(): readonly CommandEntry[] {
    return this.state.commands;
  }

  /** Open client connections. */
  get connections(): number {
    return this.sockets.size;
  }

  /**
   * After `n` more writes (entries of `writes`), the server answers the n-th, then closes every
   * connection and refuses new ones, as if it, or the network to it, had died. Nothing after the
   * n-th write is applied. `revive()` undoes it.
   */
  killAfterWrites(n: number): void {
    this.budget = n;
    this.writesSeen = 0;
  }

  /** True once killAfterWrites' budget is used up. */
  get dead(): boolean {
    return this.budget !== undefined && this.writesSeen >= this.budget;
  }

  /** Accepts connections again after killAfterWrites. */
  revive(): void {
    this.budget = undefined;
    this.writesSeen = 0;
  }

  /** Adds seed data (replacing namespaces and users of the same name). */
  load(data: SeedData): void {
    loadSeed(this.state.catalog, this.state.users, data);
  }

  /** Names of the databases that hold collections. */
  databaseNames(): string[] {
    return this.state.catalog.databaseNames();
  }

  /** Copies of a collection's documents in natural order, typed as stored (for tests). */
  documents(db: string, collection: string): Document[] {
    const ns = this.state.catalog.get(db, collection);
    return ns?.kind === 'collection' ? ns.all().map((d) => normalize(d.typed)) : [];
  }

  /** Closes every connection and stops listening. */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async listen(port: number): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.listenPort = (server.address() as AddressInfo).port;
    if (!this.options.advertisedHost) this.state.host = this.address;
  }

  private accept(socket: Socket): void {
    if (this.dead) {
      socket.destroy();
      return;
    }
    this.sockets.add(socket);
    socket.setNoDelay(true);
    const conn: ConnState = { id: this.nextConn++, conversations: new Map(), nextConversation: 1 };
    let pending: Buffer = Buffer.alloc(0);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      try {
        for (let len = messageLength(pending); len > 0; len = messageLength(pending)) {
          const msg = pending.subarray(0, len);
          pending = pending.subarray(len);
          if (this.dead) {
            socket.destroy();
            return;
          }
          this.serve(socket, conn, msg);
          if (this.dead) {
            this.dropAll(socket);
            return;
          }
        }
      } catch {
        // A message the server cannot frame: as mongod, hang up.
        socket.destroy();
      }
    });
  }

  /**
   * Milliseconds before each answer goes out, as from a MongoDB that far away (a command's effect
   * is applied when it arrives; answers keep their order). 0: at once. Not combined with
   * killAfterWrites, whose last answer goes out at once.
   */
  latencyMs = 0;

  private serve(socket: Socket, conn: ConnState, msg: Buffer): void {
    const req = decodeMessage(msg);
    const reply = execute(this.state, conn, req.command, req.namespace);
    const answer =
      req.opCode === OpCode.QUERY
        ? encodeReply(req.requestId, reply)
        : req.moreToCome
          ? undefined
          : encodeMsg(req.requestId, reply);
    if (!answer) return;
    // Timers of one duration fire in the order they were set: the answers keep theirs.
    if (this.latencyMs > 0 && !this.dead)
      setTimeout(() => void (socket.destroyed || socket.write(answer)), this.latencyMs);
    else socket.write(answer);
  }

  /** The kill switch: the answer already written still goes out on `current`, then everything closes. */
  private dropAll(current: Socket): void {
    for (const s of this.sockets) {
      if (s === current) s.end(() => s.destroy());
      else s.destroy();
    }
  }
}
