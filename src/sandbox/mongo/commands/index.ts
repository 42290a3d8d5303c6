/** The command table and the dispatcher: authentication, authorisation, logging, errors. */
import type { Document } from 'bson';
import { CommandError, fail } from '../errors';
import { allows } from '../users';
import { formatValue } from '../values';
import { aggregateCommands } from './aggregate';
import { authCommands } from './auth';
import { catalogCommands } from './catalog';
import type { CommandDef, ConnState, Ctx, ServerState } from './context';
import { queryCommands } from './query';
import { serverInfoCommands } from './server-info';
import { statsCommands } from './stats';
import { userCommands } from './users';
import { writeCommands } from './write';

const COMMANDS: Record<string, CommandDef> = {
  ...serverInfoCommands,
  ...authCommands,
  ...queryCommands,
  ...writeCommands,
  ...aggregateCommands,
  ...catalogCommands,
  ...statsCommands,
  ...userCommands,
};

/** Names of every served command. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** Commands whose `ctx.cmd[name]` is a collection name (for the log). */
const NAMES_COLLECTION = new Set([
  'find',
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
  'count',
  'distinct',
  'aggregate',
  'create',
  'drop',
  'createIndexes',
  'dropIndexes',
  'deleteIndexes',
  'listIndexes',
  'collMod',
  'collStats',
]);

function unauthorized(ctx: Ctx, db: string): CommandError {
  const arg = ctx.cmd[ctx.name];
  return fail(
    'Unauthorized',
    `not authorized on ${db} to execute command { ${ctx.name}: ${formatValue(arg)}, $db: "${ctx.db}" }`,
  );
}

function authorize(def: CommandDef, ctx: Ctx): void {
  const needs = def.needs(ctx);
  if (needs === 'none') return;
  const user = ctx.conn.user;
  if (!user) throw fail('Unauthorized', `Command ${ctx.name} requires authentication`);
  if (needs === 'auth') return;
  for (const [access, db] of needs) if (!allows(user.roles, access, db)) throw unauthorized(ctx, db);
}

/** Serves one command; errors become error replies. */
export function execute(
  state: ServerState,
  conn: ConnState,
  command: Document,
  namespace?: string,
): Document {
  const name = Object.keys(command)[0] ?? '';
  const db = typeof command.$db === 'string' ? command.$db : (namespace?.split('.')[0] ?? 'admin');
  const ctx: Ctx = { state, conn, db, cmd: command, name };
  let reply: Document;
  try {
    const def = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!def) throw fail('CommandNotFound', `no such command: '${name}'`);
    if (command.startTransaction || command.autocommit === false) {
      throw fail('CommandNotSupported', 'transactions are not served by the sandbox');
    }
    authorize(def, ctx);
    reply = def.run(ctx);
  } catch (e) {
    reply =
      e instanceof CommandError
        ? e.toReply()
        : new CommandError(1, 'InternalError', `sandbox: ${(e as Error).stack ?? String(e)}`).toReply();
  }
  const arg = command[name];
  state.commands.push({
    command: name,
    db,
    collection: NAMES_COLLECTION.has(name) && typeof arg === 'string' ? arg : undefined,
    user: conn.user ? `${conn.user.db}.${conn.user.user}` : undefined,
    ok: reply.ok === 1,
    code: reply.ok === 1 ? undefined : (reply.code as number),
  });
  return reply;
}
