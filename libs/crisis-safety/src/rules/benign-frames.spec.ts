import { normalizeUtterance } from '../text/normalize.js';
import { benignFrames } from './benign-frames.js';

const framesOf = (utterance: string) => benignFrames(normalizeUtterance(utterance));

describe('benignFrames', () => {
  it('names the context that puts crisis words at a distance, in each script', () => {
    expect(framesOf('in the series the hero jumps off a cliff')).toEqual(['media']);
    expect(framesOf('टीवी पर दिखा रहे थे कि किसी ने जहर खा लिया')).toEqual(['media']);
    expect(framesOf('I used to cut, but that was over years ago')).toContain('resolved_past');
    expect(framesOf('das saal pehle maine bhi socha tha')).toEqual(['resolved_past']);
    expect(framesOf('ek ladke ne hostel mein aisa kiya')).toEqual(['someone_else']);
    expect(framesOf('my boss will kill me lol')).toEqual(['joke']);
    expect(framesOf('what is the max dose of paracetamol')).toEqual(['medical']);
    expect(framesOf('मेरी सहेली ने गोलियां खा ली थीं अब वो ठीक है')).toEqual(['recovered']);
    expect(framesOf('ek hafte ke liye sasural ja rahi hoon, paudhon ko paani de dena')).toEqual(['bounded_absence']);
    expect(framesOf('ill be away for two weeks on training')).toEqual(['bounded_absence']);
    expect(framesOf('godown mein chuhe bahut ho gaye, dawai le aaya')).toEqual(['household_pests']);
  });

  it('leaves out a joke said not to be one, and violence by someone named as close', () => {
    expect(framesOf('lol, not in a funny way, I mean it')).toEqual([]);
    expect(framesOf('papa ne kal bahut maara')).toEqual([]);
    expect(framesOf('I want to die')).toEqual([]);
    expect(framesOf('ek hafte mein sab khatam')).toEqual([]);
    expect(framesOf('bought rat poison today and its not for rats')).toEqual([]);
    expect(framesOf('अब सब ठीक हो जाएगा')).toEqual([]);
    expect(framesOf('बचपन में काटती थी अब फिर शुरू हो गया है')).toEqual([]);
  });
});
