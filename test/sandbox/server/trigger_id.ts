import {createHmac, timingSafeEqual} from 'node:crypto';
import {AppError} from './errors';
import {newId} from './ids';

// Mattermost signs trigger ids with ECDSA; an HMAC keeps the same shape and the same failure modes:
// base64(`<clientTriggerId>:<userId>:<millis>:` + base64(signature)).
export function createTriggerId(key: Buffer, userId: string, now: number): {triggerId: string; clientTriggerId: string} {
    const clientTriggerId = newId();
    const prefix = `${clientTriggerId}:${userId}:${now}`;
    const signature = createHmac('sha256', key).update(prefix).digest('base64');
    return {triggerId: Buffer.from(`${prefix}:${signature}`).toString('base64'), clientTriggerId};
}

const bad = (id: string, message: string) => new AppError(400, `interactive_message.decode_trigger_id.${id}`, message);

export function decodeTriggerId(key: Buffer, triggerId: string, now: number, timeoutMs: number): {clientTriggerId: string; userId: string} {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(triggerId)) {
        throw bad('base64_decode_failed', 'Failed to decode base64 for trigger ID for interactive dialog.');
    }
    const parts = Buffer.from(triggerId, 'base64').toString('utf8').split(':');
    const [clientTriggerId, userId, millis, signature] = parts;
    if (parts.length !== 4 || clientTriggerId === undefined || userId === undefined || millis === undefined || signature === undefined) {
        throw bad('missing_data', 'Missing required data in trigger ID for interactive dialog.');
    }
    if (now - Number(millis) > timeoutMs) {
        throw bad('expired', `Trigger ID for interactive dialog is expired. Trigger IDs live for a maximum of ${timeoutMs / 1000}s.`);
    }
    const expected = createHmac('sha256', key).update(`${clientTriggerId}:${userId}:${millis}`).digest();
    const given = Buffer.from(signature, 'base64');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw bad('verify_signature_failed', 'Signature verification of trigger ID for interactive dialog failed.');
    }
    return {clientTriggerId, userId};
}
