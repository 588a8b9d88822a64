import { log } from '@livekit/agents';

/** The subset of a pino logger the agent uses. Callers never receive personal data through it. */
export interface PsychologistLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The worker's LiveKit logger, resolved on first use because it exists only after `initializeLogger`. */
export const livekitLogger: PsychologistLogger = {
  info: (obj, msg) => log().child({ module: 'psychologist' }).info(obj, msg),
  warn: (obj, msg) => log().child({ module: 'psychologist' }).warn(obj, msg),
  error: (obj, msg) => log().child({ module: 'psychologist' }).error(obj, msg),
};
