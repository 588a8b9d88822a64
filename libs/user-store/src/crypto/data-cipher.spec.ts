import { randomBytes } from 'node:crypto';
import { UserStoreConfigError } from '../errors/user-store-error.js';
import { DataCipher, UndecryptableError } from './data-cipher.js';

const key = () => randomBytes(32);

describe('DataCipher', () => {
  it('is absent without keys', () => {
    expect(DataCipher.fromKeys([])).toBeUndefined();
  });

  it('seals with a fresh IV each time and opens with the same associated data only', () => {
    const cipher = DataCipher.fromKeys([key()]) as DataCipher;
    const a = cipher.seal('{"x":"é"}', 'user:kundali');
    const b = cipher.seal('{"x":"é"}', 'user:kundali');
    expect(a).not.toBe(b);
    expect(DataCipher.isSealed(a)).toBe(true);
    expect(a).not.toContain('\n');
    expect(cipher.open(a, 'user:kundali')).toBe('{"x":"é"}');
    expect(() => cipher.open(a, 'user:xray')).toThrow(UndecryptableError);
  });

  it('detects tampering', () => {
    const cipher = DataCipher.fromKeys([key()]) as DataCipher;
    const sealed = cipher.seal('secret', 'ad');
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'B' : 'A') + sealed.slice(-1);
    expect(() => cipher.open(flipped, 'ad')).toThrow(UndecryptableError);
    expect(() => cipher.open('enc:v1:nocolon', 'ad')).toThrow(UndecryptableError);
  });

  it('encrypts with the first key and decrypts with any listed key', () => {
    const [oldKey, newKey] = [key(), key()];
    const sealedOld = (DataCipher.fromKeys([oldKey]) as DataCipher).seal('v', 'ad');
    const rotated = DataCipher.fromKeys([newKey.toString('base64'), oldKey.toString('base64')]) as DataCipher;
    expect(rotated.open(sealedOld, 'ad')).toBe('v');
    const sealedNew = rotated.seal('v', 'ad');
    expect(sealedNew.split(':')[2]).not.toBe(sealedOld.split(':')[2]);
    expect((DataCipher.fromKeys([newKey]) as DataCipher).open(sealedNew, 'ad')).toBe('v');
    expect(() => (DataCipher.fromKeys([newKey]) as DataCipher).open(sealedOld, 'ad')).toThrow(UndecryptableError);
  });

  it('refuses keys that are not 32 bytes, without echoing them', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => DataCipher.fromKeys([short])).toThrow(UserStoreConfigError);
    expect(() => DataCipher.fromKeys([short])).not.toThrow(short);
  });
});
