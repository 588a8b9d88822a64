/**
 * The one error convention of every Amigo library: a class per failure family, named after it, carrying a stable
 * machine-readable `code` to branch on. Messages are written for the developer who reads the log and never contain
 * what a person said or gave (ids, birth data, utterances, profile content).
 */
export class AmigoError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
