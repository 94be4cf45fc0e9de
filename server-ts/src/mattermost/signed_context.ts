import {createHmac, timingSafeEqual} from 'node:crypto';
import type {Static, TSchema} from 'typebox';
import {Value} from 'typebox/value';
import {err, ok, type Result} from '../domain/result.js';

// Dialog `state` and button `context` travel through Mattermost and back, unsigned by it (CONTRACTS.md b, c):
// we sign what we sent. The JSON is carried as an opaque string because Mattermost re-encodes context
// maps (Go sorts keys), which would break a signature over the object itself.
export type SignatureProblem = 'forged' | 'expired';

const mac = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest();

export function signPayload(value: object, secret: string): string {
    const body = Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${body}.${mac(body, secret).toString('base64url')}`;
}

export function verifyPayload<S extends TSchema>(token: unknown, secret: string, schema: S): Result<Static<S>, SignatureProblem> {
    const [body = '', signature = '', ...extra] = typeof token === 'string' ? token.split('.') : [];
    const expected = mac(body, secret);
    const given = Buffer.from(signature, 'base64url');
    if (extra.length > 0 || body === '' || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return err('forged');
    }
    const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    return Value.Check(schema, value) ? ok(value) : err('forged');
}

// Signed payloads that should not live forever carry their own deadline (epoch millis).
export function checkDeadline<T extends {expiresAt: number}>(value: T, now: Date): Result<T, SignatureProblem> {
    return value.expiresAt >= now.getTime() ? ok(value) : err('expired');
}
