import * as openai from '@livekit/agents-plugin-openai';
import type { ModelConfig } from '../config/worker-config.js';

type Voice = ConstructorParameters<typeof openai.TTS>[0] extends infer O ? (O extends { voice?: infer V } ? V : never) : never;

/**
 * The conversation's models, from OpenAI or any OpenAI-compatible server. Keys are passed explicitly: the plugin
 * would otherwise read OPENAI_API_KEY when first imported, before the settings are validated.
 */
export function createLlm(config: ModelConfig): openai.LLM {
  // Intake tools take one answer each, in order: parallel calls would only race them.
  return new openai.LLM({ model: config.llmModel, apiKey: config.apiKey, baseURL: config.baseURL, parallelToolCalls: false });
}

export function createSpeechModels(config: ModelConfig): { stt: openai.STT; tts: openai.TTS } {
  return {
    // Plain (non-realtime) transcription works with every whisper-compatible server; the VAD segments the audio.
    stt: new openai.STT({ model: config.sttModel, apiKey: config.apiKey, baseURL: config.baseURL, useRealtime: false }),
    tts: new openai.TTS({
      model: config.ttsModel,
      voice: config.ttsVoice as Voice,
      apiKey: config.apiKey,
      baseURL: config.baseURL,
    }),
  };
}
