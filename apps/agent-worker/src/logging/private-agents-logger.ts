import { DEFAULT_REDACTION_POLICY, redactLogLine, type RedactionPolicy } from '@amigo/logging';
import { log } from '@livekit/agents';
import { symbols } from 'pino';

interface Destination {
  write(line: string): unknown;
}

const PROTECTED = Symbol('amigo.redacted');

export interface PrivateLoggingOptions {
  /** Where the redacted lines go instead of LiveKit's own destination (stdout, or pretty-printed stdout). */
  destination?: Destination;
  policy?: RedactionPolicy;
}

/**
 * Puts a redacting destination in front of the LiveKit agents logger of this process, the one every part of the
 * framework (and Amigo's own lines) writes through: each line loses the fields the framework marks personal
 * (`lk.pii.*`: transcripts, replies, tool arguments such as birth date and place) and the text of errors, at every
 * level, before it is written. The logger must be initialised (`initializeLogger`); child loggers, made before or
 * after, share the destination. Calling it again changes nothing.
 */
export function protectAgentsLogger(options: PrivateLoggingOptions = {}): void {
  const logger = log() as unknown as Record<symbol, Destination & { [PROTECTED]?: true }>;
  const destination = logger[symbols.streamSym];
  if (!destination) throw new TypeError('the LiveKit agents logger has no destination to protect');
  if (destination[PROTECTED]) return;
  const policy = options.policy ?? DEFAULT_REDACTION_POLICY;
  const write = destination.write;
  const target = options.destination;
  // pino hands each line to its destination's `write`; the original is called as a method (a multistream reads the
  // line's level from `this`).
  destination.write = target
    ? (line: string) => target.write(redactLogLine(line, policy))
    : function (this: Destination, line: string) {
        return write.call(this, redactLogLine(line, policy));
      };
  destination[PROTECTED] = true;
}
