export { RecordingLogger, type LogLine } from './logger/recording-logger.js';
export { closeNow, listenOnLoopback, readBody } from './loopback/loopback.js';
export {
  answerModeration,
  type ModerationBehaviour,
  type ModerationRequest,
  type ModerationServer,
  startModerationServer,
} from './moderation/moderation-server.js';
export { type ChatMessage, lastMessage, messageText } from './openai/chat-message.js';
export {
  OpenAiCompatibleServer,
  type OpenAiCompatibleServerOptions,
  type RecordedRequest,
  type Script,
  type ScriptedReply,
} from './openai/openai-compatible-server.js';
export { type ReceivedRequest, startWebhookReceiver, type WebhookReceiver } from './webhook/webhook-receiver.js';
