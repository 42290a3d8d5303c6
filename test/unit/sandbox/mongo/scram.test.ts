import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import {
  ScramConversation,
  clientFirstUser,
  makeCredential,
  type ScramCredential,
} from '../../../../src/sandbox/mongo/scram';

/** A credential as RFC 5802/7677 derive it (no MongoDB password digest). */
function rfcCredential(algo: 'sha1' | 'sha256', password: string, salt: string, i: number): ScramCredential {
  const salted = pbkdf2Sync(password, Buffer.from(salt, 'base64'), i, algo === 'sha1' ? 20 : 32, algo);
  const clientKey = createHmac(algo, salted).update('Client Key').digest();
  return {
    salt,
    iterationCount: i,
    storedKey: createHash(algo).update(clientKey).digest('base64'),
    serverKey: createHmac(algo, salted).update('Server Key').digest('base64'),
  };
}

describe('SCRAM server conversation', () => {
  test('RFC 7677 SCRAM-SHA-256 example', () => {
    const conv = new ScramConversation(
      'SCRAM-SHA-256',
      rfcCredential('sha256', 'pencil', 'W22ZaJ0SNY7soEsUEjb6gQ==', 4096),
      () => '%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0',
    );
    expect(conv.first('n,,n=user,r=rOprNGfwEbeRWgbNEkqO')).toBe(
      'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096',
    );
    expect(
      conv.final(
        'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
      ),
    ).toBe('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
  });

  test('RFC 5802 SCRAM-SHA-1 example', () => {
    const conv = new ScramConversation(
      'SCRAM-SHA-1',
      rfcCredential('sha1', 'pencil', 'QSXCR+Q6sek8bf92', 4096),
      () => '3rfcNHYJY1ZVvWVs7j',
    );
    conv.first('n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL');
    expect(
      conv.final('c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts='),
    ).toBe('v=rmF9pqV8S7suAoZWja4dJRkFsKQ=');
  });

  test('a wrong proof or a changed nonce fails', () => {
    const cred = rfcCredential('sha256', 'pencil', 'W22ZaJ0SNY7soEsUEjb6gQ==', 4096);
    const conv = new ScramConversation('SCRAM-SHA-256', cred, () => 'S');
    conv.first('n,,n=user,r=C');
    expect(conv.final(`c=biws,r=CS,p=${randomBytes(32).toString('base64')}`)).toBeUndefined();
    expect(conv.final('c=biws,r=CX,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=')).toBeUndefined();
  });

  test('stored credentials never hold the password and use fresh salts', () => {
    const a = makeCredential('SCRAM-SHA-256', 'u', 'secret-pw');
    const b = makeCredential('SCRAM-SHA-256', 'u', 'secret-pw');
    expect(a.salt).not.toBe(b.salt);
    expect(a.iterationCount).toBe(15000);
    expect(JSON.stringify(a)).not.toContain('secret-pw');
    expect(makeCredential('SCRAM-SHA-1', 'u', 'secret-pw').iterationCount).toBe(10000);
  });

  test('user names are decoded from the client-first message', () => {
    expect(clientFirstUser('n,,n=a=2Cb=3Dc,r=x')).toBe('a,b=c');
    expect(clientFirstUser('n,,r=x')).toBeUndefined();
  });
});
