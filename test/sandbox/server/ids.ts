import {randomBytes} from 'node:crypto';

// Mattermost's NewId: 16 random bytes in this base32 alphabet, 26 characters, lower case.
const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export function newId(): string {
    const bytes = randomBytes(16);
    let bits = 0;
    let value = 0;
    let out = '';
    for (const byte of bytes) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += ALPHABET.charAt((value << (5 - bits)) & 31);
    }
    return out;
}

export function isId(value: unknown): value is string {
    return typeof value === 'string' && /^[a-z0-9]{26}$/.test(value);
}
