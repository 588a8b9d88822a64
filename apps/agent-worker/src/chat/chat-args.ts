import { parseArgs } from 'node:util';
import { parseUserId } from './user-id-file.js';

export interface ChatArgs {
  /** Delete the stored profile and the local id, then stop. */
  forget: boolean;
}

export class ChatUsageError extends Error {
  override readonly name = 'ChatUsageError';
}

/** Where the terminal takes someone else's id from: never the command line, which Nx echoes and shells keep. */
export const CHAT_USER_ENV = 'AMIGO_USER_ID';

export const CHAT_USAGE =
  `usage: nx run agent-worker:chat [--forget]\n` +
  `  your id is kept in <AMIGO_DATA_DIR>/user-id; to be someone else for one run, set ${CHAT_USER_ENV}=<uuid>`;

/** Accepts `--forget` / `--forget=true` (as nx forwards it). A user id on the command line is refused, unread. */
export function parseChatArgs(argv: string[]): ChatArgs {
  if (argv.some((a) => a === '--user' || a.startsWith('--user='))) {
    throw new ChatUsageError(
      `--user is not accepted: a user id is a secret, and the command line is echoed by Nx and kept in shell history.\n${CHAT_USAGE}`,
    );
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.map((a) => (/^--forget=(true|false)$/.test(a) ? (a.endsWith('true') ? '--forget' : '') : a)).filter(Boolean),
      options: { forget: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch {
    // parseArgs quotes the offending argument, which could be an id typed in the wrong place.
    throw new ChatUsageError(`unexpected arguments\n${CHAT_USAGE}`);
  }
  return { forget: values.forget };
}

/** The id to use instead of the local file's, from the environment; a value that is not a UUID is refused. */
export function chatUserFromEnv(env: Record<string, string | undefined>): string | undefined {
  const raw = env[CHAT_USER_ENV];
  if (raw === undefined || raw.trim() === '') return undefined;
  const user = parseUserId(raw);
  if (!user) throw new ChatUsageError(`${CHAT_USER_ENV} must be a UUID (like the id the browser keeps)\n${CHAT_USAGE}`);
  return user;
}
