import type {ApiError} from '../../api/result';

// The fields the modal shows an error beside; the companion names others too ('status' for a move the request's
// status does not allow, 'fields' for a save that changes nothing), which only a general message can show.
const INLINE: ReadonlySet<string> = new Set(['priority', 'category', 'area', 'ownerId', 'quarter', 'labels', 'reason', 'duplicateOf', 'note']);

/** A failed decision as field errors (beside their fields) and, when some have no field, one general message. */
export function splitProblems(error: ApiError | null): {inline: Record<string, string>; general: string | null} {
    if (!error) {
        return {inline: {}, general: null};
    }
    const entries = Object.entries(error.fields ?? {});
    const inline = entries.filter(([field]) => INLINE.has(field));
    const other = entries.filter(([field]) => !INLINE.has(field)).map(([, message]) => message);
    const general = other.length > 0 ? other.join(' ') : inline.length === 0 ? error.message : null;
    return {inline: Object.fromEntries(inline), general};
}
