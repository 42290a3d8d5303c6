/** saslStart / saslContinue (SCRAM), speculative authentication in hello, logout, connectionStatus. */
import { Binary, type Document } from 'bson';
import { fail } from '../errors';
import { clientFirstUser, ScramConversation, type Mechanism } from '../scram';
import type { CommandDef, ConnState, Ctx, ServerState } from './context';

const MECHANISMS: Mechanism[] = ['SCRAM-SHA-256', 'SCRAM-SHA-1'];

function text(payload: unknown): string {
  if (payload instanceof Binary) return Buffer.from(payload.buffer).toString('utf8');
  if (payload instanceof Uint8Array) return Buffer.from(payload).toString('utf8');
  if (typeof payload === 'string') return payload;
  throw fail('BadValue', 'payload must be binary');
}

const authFailed = () => fail('AuthenticationFailed', 'Authentication failed.');

/** Starts a SCRAM conversation: answers the server-first message. */
export function saslStart(state: ServerState, conn: ConnState, db: string, cmd: Document): Document {
  const mechanism = cmd.mechanism as Mechanism;
  if (!MECHANISMS.includes(mechanism)) {
    throw fail(
      'MechanismUnavailable',
      `Received authentication for mechanism ${String(mechanism)} which is not enabled`,
    );
  }
  const first = text(cmd.payload);
  const name = clientFirstUser(first);
  const user = name === undefined ? undefined : state.users.get(db, name);
  const credential = user?.credentials[mechanism];
  if (!user || !credential) throw authFailed();
  const scram = new ScramConversation(mechanism, credential);
  const serverFirst = scram.first(first);
  const conversationId = conn.nextConversation++;
  conn.conversations.set(conversationId, { scram, user });
  return { conversationId, done: false, payload: new Binary(Buffer.from(serverFirst)), ok: 1 };
}

/** Answers saslStart carried in hello, or undefined when it would fail (the client then retries plainly). */
export function speculative(state: ServerState, conn: ConnState, spec: Document): Document | undefined {
  try {
    const reply = saslStart(state, conn, String(spec.db ?? 'admin'), spec);
    delete reply.ok;
    return reply;
  } catch {
    return undefined;
  }
}

/** The mechanisms of the user named `db.user` (hello's saslSupportedMechs). */
export function supportedMechs(state: ServerState, qualified: string): string[] | undefined {
  const dot = qualified.indexOf('.');
  if (dot < 0) return undefined;
  const user = state.users.get(qualified.slice(0, dot), qualified.slice(dot + 1));
  return user ? [...user.mechanisms] : undefined;
}

export const authCommands: Record<string, CommandDef> = {
  saslStart: {
    needs: () => 'none',
    run: (ctx) => saslStart(ctx.state, ctx.conn, ctx.db, ctx.cmd),
  },
  saslContinue: {
    needs: () => 'none',
    run: (ctx: Ctx) => {
      const id = Number(ctx.cmd.conversationId);
      const conv = ctx.conn.conversations.get(id);
      if (!conv) throw fail('ProtocolError', 'No SASL session state found');
      ctx.conn.conversations.delete(id);
      const serverFinal = conv.scram.final(text(ctx.cmd.payload));
      if (!serverFinal) throw authFailed();
      ctx.conn.user = conv.user;
      return { conversationId: id, done: true, payload: new Binary(Buffer.from(serverFinal)), ok: 1 };
    },
  },
  logout: {
    needs: () => 'none',
    run: (ctx) => {
      ctx.conn.user = undefined;
      return { ok: 1 };
    },
  },
  connectionStatus: {
    needs: () => 'none',
    run: (ctx) => {
      const u = ctx.conn.user;
      return {
        authInfo: {
          authenticatedUsers: u ? [{ user: u.user, db: u.db }] : [],
          authenticatedUserRoles: u ? u.roles.map((r) => ({ role: r.role, db: r.db })) : [],
        },
        ok: 1,
      };
    },
  },
};
