/** What an X-Ray is written for when the conversation has no particular focus. */
export const DEFAULT_FOCUS_TOPIC = 'General';
