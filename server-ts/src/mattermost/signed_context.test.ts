import {Type} from 'typebox';
import {describe, expect, it} from 'vitest';
import {checkDeadline, signPayload, verifyPayload} from './signed_context.js';

const Shape = Type.Object({a: Type.Integer()});
const good = signPayload({a: 1}, 'k');
const [body = '', mac = ''] = good.split('.');

describe('signed payloads', () => {
    it('round-trips a payload signed with the same secret', () => {
        expect(verifyPayload(good, 'k', Shape)).toEqual({ok: true, value: {a: 1}});
    });

    it.each<[string, unknown]>([
        ['another secret', signPayload({a: 1}, 'other')],
        ['a changed body', `${Buffer.from('{"a":2}').toString('base64url')}.${mac}`],
        ['a truncated signature', `${body}.${mac.slice(0, 10)}`],
        ['an extra segment', `${good}.x`],
        ['no signature', body],
        ['empty', ''],
        ['not a string', {a: 1}],
        ['the wrong shape', signPayload({a: 'one'}, 'k')],
    ])('refuses %s', (_name, token) => {
        expect(verifyPayload(token, 'k', Shape)).toEqual({ok: false, error: 'forged'});
    });

    it.each([[999, true], [1000, true], [1001, false]])('a payload due at 1000 is still valid at %i: %s', (now, isValid) => {
        expect(checkDeadline({expiresAt: 1000}, new Date(now)).ok).toBe(isValid);
    });
});
