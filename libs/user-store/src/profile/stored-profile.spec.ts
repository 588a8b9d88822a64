import { joinStoredProfile, splitStoredProfile } from './stored-profile.js';

describe('stored profile layout', () => {
  it('round-trips two parts, including non-ASCII text', () => {
    const kundali = JSON.stringify({ note: 'line\nbreak ✓' });
    const xray = 'enc:v1:abcd1234:AAAA';
    expect(splitStoredProfile(joinStoredProfile(kundali, xray))).toEqual({ kundali, xray });
  });

  it.each([['{}'], ['p1\n{}'], ['p2\n{}\n{}'], ['p1\n{}\n{}\n{}'], ['xp1\n{}\n{}']])('rejects %p', (value) => {
    expect(splitStoredProfile(value)).toBeUndefined();
  });
});
