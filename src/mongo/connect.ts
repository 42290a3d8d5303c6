/**
 * One authenticated connection to a MongoDB server, with the credentials kept out of the address.
 * Tries candidate root users in order (e.g. `root`, then `admin`) and says which one worked.
 */
import { MongoClient, MongoServerError, type MongoClientOptions } from 'mongodb';
import { ConfigurationError, errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';
import { hostsOf } from './uri';

/** A user name and password, authenticated against `source` (default `admin`). */
export interface MongoCredentials {
  username: string;
  password: string;
  source?: string;
}

/** What the server said about itself after connecting. */
export interface ServerInfo {
  version: string;
  /** [major, minor] for feature checks. */
  major: number;
  minor: number;
  /** Replica set name, when it is one. */
  setName?: string;
  isPrimary: boolean;
  /** `host:port` of the primary as the set names it (`hello.primary`). */
  primary?: string;
}

export interface ConnectOptions {
  /** A connection string WITHOUT credentials (see splitUri). */
  address: string;
  /** Candidates, tried in order until one authenticates. */
  credentials: MongoCredentials[];
  /** Where the credentials came from, for the error ("Secret mongodb/mongodb key ..."). */
  credentialsFrom: string;
  logger: Logger;
  /** Extra driver options (directConnection for a port-forward, timeouts). */
  clientOptions?: MongoClientOptions;
  /** Released with the connection (a port-forward). */
  onClose?: () => Promise<void>;
}

/** Driver error codes that mean "these credentials are wrong", not "the server is broken". */
const AUTH_FAILED = new Set([18, 11]);

/** An authenticated client, the user that worked and the server facts. */
export class MongoConnection {
  constructor(
    readonly client: MongoClient,
    /** The address (no credentials): safe to log. */
    readonly address: string,
    readonly username: string,
    readonly server: ServerInfo,
    private readonly clientOptions: MongoClientOptions,
    private readonly onClose?: () => Promise<void>,
  ) {}

  /** Whether `$out` may write into another database (MongoDB >= 4.4). */
  get canOutToOtherDatabase(): boolean {
    return this.server.major > 4 || (this.server.major === 4 && this.server.minor >= 4);
  }

  /** A new, unconnected client for the same address as another user (to prove a user works). */
  clientAs(creds: MongoCredentials): MongoClient {
    return new MongoClient(this.address, {
      ...this.clientOptions,
      auth: { username: creds.username, password: creds.password },
      authSource: creds.source ?? 'admin',
    });
  }

  async close(): Promise<void> {
    try {
      await this.client.close();
    } finally {
      await this.onClose?.();
    }
  }
}

/**
 * Connects and authenticates with the first candidate that the server accepts.
 * Wrong credentials for every candidate and an unreachable server are ConfigurationErrors that
 * name the address and the source of the credentials, never a password.
 */
export async function connectMongo(o: ConnectOptions): Promise<MongoConnection> {
  for (const c of o.credentials) o.logger.mask(c.password);
  // Defaults only where the address does not say otherwise (object options would override it).
  const inUri = (name: string) => new RegExp(`[?&]${name}=`, 'i').test(o.address);
  const options: MongoClientOptions = {
    ...(inUri('serverSelectionTimeoutMS') ? {} : { serverSelectionTimeoutMS: 15_000 }),
    ...(inUri('connectTimeoutMS') ? {} : { connectTimeoutMS: 10_000 }),
    ...(inUri('appName') ? {} : { appName: 'k2h' }),
    ...o.clientOptions,
  };
  const hosts = hostsOf(o.address);
  const refused: string[] = [];
  for (const c of o.credentials) {
    const client = new MongoClient(o.address, {
      ...options,
      auth: { username: c.username, password: c.password },
      authSource: c.source ?? 'admin',
    });
    try {
      await client.connect();
      const server = await serverInfo(client);
      o.logger.info(
        `MongoDB ${server.version} at ${hosts}: authenticated as ${c.username}` +
          (refused.length ? ` (tried ${[...refused, c.username].join(', ')})` : ''),
      );
      return new MongoConnection(client, o.address, c.username, server, options, o.onClose);
    } catch (err) {
      await client.close().catch(() => undefined);
      if (err instanceof MongoServerError && AUTH_FAILED.has(Number(err.code))) {
        refused.push(c.username);
        continue;
      }
      await o.onClose?.();
      throw new ConfigurationError(
        `MongoDB at ${hosts} is not reachable: ${o.logger.redact(errorMessage(err))}. ` +
          'Check that MongoDB runs and that the address (--mongodb-uri) is right.',
      );
    }
  }
  await o.onClose?.();
  throw new ConfigurationError(
    `MongoDB at ${hosts} refused the credentials from ${o.credentialsFrom} for user(s) ${refused.join(', ')} ` +
      `(authentication database ${o.credentials[0]?.source ?? 'admin'}): check the password and the root user name.`,
  );
}

/** buildInfo + hello. */
export async function serverInfo(client: MongoClient): Promise<ServerInfo> {
  const admin = client.db('admin');
  const [build, hello] = await Promise.all([admin.command({ buildInfo: 1 }), admin.command({ hello: 1 })]);
  const version = String(build.version ?? '0.0.0');
  const [major, minor] = version.split('.').map((x) => parseInt(x, 10));
  return {
    version,
    major: major || 0,
    minor: minor || 0,
    setName: hello.setName,
    isPrimary: hello.isWritablePrimary === true || hello.ismaster === true,
    primary: hello.primary,
  };
}
