import { detectTurnLanguage } from './turn-language.js';

describe('detectTurnLanguage', () => {
  it.each([
    ['मैं अब और नहीं जीना चाहता', 'hi'],
    ['मुझे बहुत डर लग रहा है, please help', 'hi'],
    ['Main mar jaana chahta hoon', 'hinglish'],
    ['mera pati mujhe roz maarta hai', 'hinglish'],
    ['kya karu', 'hinglish'],
    ['I just feel like nothing matters, yaar, sab khatam hai', 'hinglish'],
    ['I want to kill myself', 'en'],
    ['This job is killing me, the main problem is my boss', 'en'],
    ['', 'en'],
  ])('%s -> %s', (text, language) => {
    expect(detectTurnLanguage(text)).toBe(language);
  });
});
