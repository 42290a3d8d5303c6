/**
 * The handshake and the diagnostic commands drivers and mongosh send on connect: hello/isMaster
 * (a replica-set primary of MongoDB 7.0), buildInfo, ping, serverStatus, getParameter, getLog, ...
 */
import { Long, Timestamp, type Document } from 'bson';
import { speculative, supportedMechs } from './auth';
import type { CommandDef, Ctx } from './context';

/** The MongoDB version the server reports. */
export const VERSION = '7.0.14';
/** maxWireVersion of MongoDB 7.0. */
export const MAX_WIRE_VERSION = 21;

function hello(ctx: Ctx, legacy: boolean): Document {
  const { state, conn, cmd } = ctx;
  if (cmd.client && !conn.client) conn.client = cmd.client;
  const now = new Date();
  const opTime = { ts: new Timestamp({ t: Math.floor(now.getTime() / 1000), i: 1 }), t: Long.fromNumber(1) };
  const reply: Document = {
    hosts: [state.host],
    setName: state.setName,
    setVersion: 1,
    [legacy ? 'ismaster' : 'isWritablePrimary']: true,
    secondary: false,
    primary: state.host,
    me: state.host,
    electionId: state.electionId,
    lastWrite: { opTime, lastWriteDate: now, majorityOpTime: opTime, majorityWriteDate: now },
    maxBsonObjectSize: 16 * 1024 * 1024,
    maxMessageSizeBytes: 48_000_000,
    maxWriteBatchSize: 100_000,
    localTime: now,
    logicalSessionTimeoutMinutes: 30,
    connectionId: conn.id,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
  };
  if (cmd.helloOk) reply.helloOk = true;
  if (typeof cmd.saslSupportedMechs === 'string') {
    const mechs = supportedMechs(state, cmd.saslSupportedMechs);
    if (mechs) reply.saslSupportedMechs = mechs;
  }
  if (cmd.speculativeAuthenticate) {
    const spec = speculative(state, conn, cmd.speculativeAuthenticate);
    if (spec) reply.speculativeAuthenticate = spec;
  }
  reply.ok = 1;
  return reply;
}

function buildInfo(): Document {
  return {
    version: VERSION,
    gitVersion: '0000000000000000000000000000000000000000',
    modules: [],
    allocator: 'tcmalloc',
    javascriptEngine: 'mozjs',
    sysInfo: 'deprecated',
    versionArray: [...VERSION.split('.').map(Number), 0],
    openssl: { running: 'OpenSSL 3.0.2 15 Mar 2022', compiled: 'OpenSSL 3.0.2 15 Mar 2022' },
    buildEnvironment: {
      distmod: 'ubuntu2204',
      distarch: 'x86_64',
      target_arch: 'x86_64',
      target_os: 'linux',
    },
    bits: 64,
    debug: false,
    maxBsonObjectSize: 16 * 1024 * 1024,
    storageEngines: ['devnull', 'wiredTiger'],
    ok: 1,
  };
}

const ping: CommandDef = { needs: () => 'none', run: () => ({ ok: 1 }) };

export const serverInfoCommands: Record<string, CommandDef> = {
  hello: { needs: () => 'none', run: (ctx) => hello(ctx, false) },
  isMaster: { needs: () => 'none', run: (ctx) => hello(ctx, true) },
  ismaster: { needs: () => 'none', run: (ctx) => hello(ctx, true) },
  buildInfo: { needs: () => 'none', run: buildInfo },
  buildinfo: { needs: () => 'none', run: buildInfo },
  ping,
  endSessions: { needs: () => 'none', run: () => ({ ok: 1 }) },
  killSessions: { needs: () => 'auth', run: () => ({ ok: 1 }) },
  refreshSessions: { needs: () => 'auth', run: () => ({ ok: 1 }) },
  whatsmyuri: { needs: () => 'none', run: (ctx) => ({ you: `127.0.0.1:${ctx.conn.id}`, ok: 1 }) },
  getCmdLineOpts: {
    needs: () => [['cluster', 'admin']],
    run: (ctx) => ({
      argv: ['mongod', '--replSet', ctx.state.setName, '--auth'],
      parsed: { replication: { replSet: ctx.state.setName }, security: { authorization: 'enabled' } },
      ok: 1,
    }),
  },
  getParameter: {
    needs: () => 'auth',
    run: (ctx) => {
      const out: Document = {};
      if (ctx.cmd.featureCompatibilityVersion !== undefined || ctx.cmd.getParameter === '*')
        out.featureCompatibilityVersion = { version: '7.0' };
      if (ctx.cmd.authenticationMechanisms !== undefined || ctx.cmd.getParameter === '*')
        out.authenticationMechanisms = ['SCRAM-SHA-1', 'SCRAM-SHA-256'];
      return { ...out, ok: 1 };
    },
  },
  getLog: {
    needs: () => [['cluster', 'admin']],
    run: (ctx) =>
      ctx.cmd.getLog === '*'
        ? { names: ['global', 'startupWarnings'], ok: 1 }
        : { totalLinesWritten: 0, log: [], ok: 1 },
  },
  hostInfo: {
    needs: () => [['cluster', 'admin']],
    run: () => ({
      system: {
        currentTime: new Date(),
        hostname: 'sandbox',
        cpuAddrSize: 64,
        numCores: 2,
        cpuArch: 'x86_64',
      },
      os: { type: 'Linux', name: 'Ubuntu', version: '22.04' },
      extra: {},
      ok: 1,
    }),
  },
  serverStatus: {
    needs: () => [['cluster', 'admin']],
    run: (ctx) => ({
      host: ctx.state.host,
      version: VERSION,
      process: 'mongod',
      pid: Long.fromNumber(process.pid),
      uptime: (Date.now() - ctx.state.startedAt.getTime()) / 1000,
      uptimeMillis: Long.fromNumber(Date.now() - ctx.state.startedAt.getTime()),
      localTime: new Date(),
      connections: { current: 1, available: 1000, totalCreated: ctx.conn.id },
      metrics: { cursor: { open: { total: Long.fromNumber(ctx.state.cursors.size) } } },
      repl: {
        setName: ctx.state.setName,
        isWritablePrimary: true,
        primary: ctx.state.host,
        me: ctx.state.host,
      },
      storageEngine: { name: 'wiredTiger', supportsCommittedReads: true, persistent: true },
      ok: 1,
    }),
  },
  replSetGetStatus: {
    needs: () => [['cluster', 'admin']],
    run: (ctx) => ({
      set: ctx.state.setName,
      date: new Date(),
      myState: 1,
      members: [{ _id: 0, name: ctx.state.host, health: 1, state: 1, stateStr: 'PRIMARY', self: true }],
      ok: 1,
    }),
  },
  replSetGetConfig: {
    needs: () => [['cluster', 'admin']],
    run: (ctx) => ({
      config: { _id: ctx.state.setName, version: 1, members: [{ _id: 0, host: ctx.state.host }] },
      ok: 1,
    }),
  },
};
