import { parseArgs } from 'node:util';
import { parseUserId } from './user-id-file.js';

export interface ChatArgs {
  /** Use this id for this run instead of the one in the local file. */
  user?: string;
  /** Delete the stored profile and the local id, then stop. */
  forget: boolean;
}

export class ChatUsageError extends Error {
  override readonly name = 'ChatUsageError';
}

export const CHAT_USAGE = 'usage: nx run agent-worker:chat [--user <uuid>] [--forget]';

/** Accepts `--user <id>`, `--user=<id>` and `--forget` / `--forget=true` (as nx forwards it). */
export function parseChatArgs(argv: string[]): ChatArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.map((a) => (/^--forget=(true|false)$/.test(a) ? (a.endsWith('true') ? '--forget' : '') : a)).filter(Boolean),
      options: { user: { type: 'string' }, forget: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ChatUsageError(`${(error as Error).message}\n${CHAT_USAGE}`);
  }
  if (values.user === undefined) return { forget: values.forget };
  const user = parseUserId(values.user);
  if (!user) throw new ChatUsageError(`--user must be a UUID (like the id the browser keeps)\n${CHAT_USAGE}`);
  return { user, forget: values.forget };
}
