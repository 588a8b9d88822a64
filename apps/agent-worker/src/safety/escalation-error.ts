import { AmigoError } from '@amigo/contracts';

/** An escalation that did not arrive: `rejected` (the receiver said no; not retried) or `unavailable`. */
export class EscalationError extends AmigoError<'rejected' | 'unavailable'> {}
