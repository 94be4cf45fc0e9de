import {createCipheriv, createDecipheriv, randomBytes} from 'node:crypto';
import type {Props} from './types';

// What Mattermost seals into each action's `cookie`: enough to run the action for a post that is not
// stored (ephemeral posts). AES-GCM like Mattermost, so clients cannot read or forge the integration.
export type ActionCookie = {
    post_id: string; root_id: string; channel_id: string; type: string; data_source: string;
    integration: {url: string; context: Props};
};

export function sealCookie(key: Buffer, cookie: ActionCookie): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const body = Buffer.concat([cipher.update(JSON.stringify(cookie), 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
}

export function openCookie(key: Buffer, sealed: string): ActionCookie | null {
    try {
        const raw = Buffer.from(sealed, 'base64');
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
        return JSON.parse(text) as ActionCookie;
    } catch {
        return null;
    }
}
