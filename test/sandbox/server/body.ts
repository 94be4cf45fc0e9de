import {invalidBody} from './errors';
import {isRecord} from './post_actions';

// Small readers for JSON bodies: each refuses a wrong shape with Mattermost's invalid-body error.
export function objectBody(body: unknown, name: string): Record<string, unknown> {
    if (!isRecord(body)) {
        throw invalidBody(name);
    }
    return body;
}

// JSON text that must hold an object; anything else (including bad JSON) reads as null.
export function parseRecord(text: string): Record<string, unknown> | null {
    try {
        const value: unknown = JSON.parse(text);
        return isRecord(value) ? value : null;
    } catch {
        return null;
    }
}

export function stringArrayBody(body: unknown, name: string): string[] {
    if (!Array.isArray(body) || !body.every((v) => typeof v === 'string')) {
        throw invalidBody(name);
    }
    return body;
}

export function requiredString(obj: Record<string, unknown>, key: string): string {
    const value = obj[key];
    if (typeof value !== 'string' || value === '') {
        throw invalidBody(key);
    }
    return value;
}

export function optionalString(obj: Record<string, unknown>, key: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
        return undefined;
    }
    if (typeof value !== 'string') {
        throw invalidBody(key);
    }
    return value;
}

export function optionalObject(obj: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
        return undefined;
    }
    if (!isRecord(value)) {
        throw invalidBody(key);
    }
    return value;
}

export type Query = Record<string, string | undefined>;

export function page(query: Query): {page: number; perPage: number} {
    const pageNo = Math.max(0, Number(query.page ?? 0) || 0);
    const perPage = Math.min(200, Math.max(1, Number(query.per_page ?? 60) || 60));
    return {page: pageNo, perPage};
}

export function slicePage<T>(rows: T[], query: Query): T[] {
    const {page: p, perPage} = page(query);
    return rows.slice(p * perPage, (p + 1) * perPage);
}
