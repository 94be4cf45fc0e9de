import type {ApiError} from '../../api/result';
import {styles} from '../common/styles';

type Props = {error: ApiError | null; shownInline: readonly string[]};

/**
 * What the companion refused that no field shows beside itself: its message, and the problems of fields this form
 * has no input for ("layers[3].users" after the layer was removed). Nothing when every problem is shown inline.
 */
export function FormProblem({error, shownInline}: Props) {
    if (!error) {
        return null;
    }
    const fields = Object.entries(error.fields ?? {});
    const other = fields.filter(([path]) => !shownInline.includes(path)).map(([path, message]) => `${path}: ${message}`);
    if (fields.length > 0 && other.length === 0) {
        return null;
    }
    return <p role='alert' style={styles.danger}>{[error.message, ...other].join(' ')}</p>;
}
