import { readingsOf, skeletonKey, transliterate } from './place-text.js';

describe('romanised Hindi place names', () => {
  it('reads a Hindi name first as spoken, without the unspoken a inside it, then with every a written', () => {
    expect(readingsOf('सतना')).toEqual(['satna', 'satana']);
    expect(readingsOf('बिलासपुर')).toEqual(['bilaspur', 'bilasapur']);
    expect(readingsOf('कानपुर')).toEqual(['kanpur', 'kanapur']);
    expect(readingsOf('शारजाह')).toEqual(['sharjah', 'sharajah']);
  });

  it('keeps the a where dropping it would join three consonants, and names without one read once', () => {
    expect(readingsOf('जबलपुर')[0]).toBe('jabalpur');
    expect(readingsOf('मुंबई')).toEqual(['munbai']);
    expect(readingsOf('ग्वालियर')).toEqual(['gvaliyar']);
    expect(readingsOf('बलरामपुर')[0]).toBe('balrampur');
  });

  it('writes every a in the plain transliteration, whose skeleton meets the Latin name', () => {
    expect(transliterate('पटना')).toBe('patana');
    expect(skeletonKey(transliterate('ग्वालियर'))).toBe(skeletonKey('Gwalior'));
  });
});
