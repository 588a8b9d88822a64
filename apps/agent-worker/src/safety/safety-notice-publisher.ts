import { SAFETY_NOTICE_TOPIC, SafetyNotice } from '@amigo/contracts';
import type { Logger } from '@amigo/logging';
import type { LocalParticipant } from '@livekit/rtc-node';

/** The part of the room's local participant that publishes data: `room.localParticipant`. */
export type DataPublisher = Pick<LocalParticipant, 'publishData'>;

/**
 * Sends the safety notice to the person's app (which shows the helplines while the voice goes on): reliable, on
 * {@link SAFETY_NOTICE_TOPIC}, to that participant only. Returns at once; a failure is logged and the session goes on.
 */
export function safetyNoticePublisher(
  participant: DataPublisher,
  identity: string,
  logger: Logger,
): (notice: SafetyNotice) => void {
  const encoder = new TextEncoder();
  return (notice) => {
    const payload = encoder.encode(JSON.stringify(SafetyNotice.parse(notice)));
    participant
      .publishData(payload, { reliable: true, topic: SAFETY_NOTICE_TOPIC, destination_identities: [identity] })
      .catch((error: unknown) =>
        logger.warn({ error: error instanceof Error ? error.name : typeof error }, 'safety notice not delivered to the app'),
      );
  };
}
