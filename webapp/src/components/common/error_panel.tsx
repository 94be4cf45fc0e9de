import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {ApiError} from '../../api/result';

import {styles} from './styles';

type Props = {error: ApiError; onRetry: () => void};

const HEADLINES = {
    unreachable: {id: 'sidebar.error.unreachable', defaultMessage: 'Cannot reach the SRE Toolkit companion service.'},
    unauthorized: {id: 'sidebar.error.unauthorized', defaultMessage: 'The SRE Toolkit companion did not accept your session.'},
    server: {id: 'sidebar.error.server', defaultMessage: 'The SRE Toolkit companion could not load the summary.'},
    invalid: {id: 'sidebar.error.invalid', defaultMessage: 'The SRE Toolkit companion refused the request.'},
    not_found: {id: 'sidebar.error.notFound', defaultMessage: 'The SRE Toolkit companion does not know this.'},
} as const;

/** Says what failed, with the companion's own words, and offers a retry. */
export function ErrorPanel({error, onRetry}: Props) {
    return (
        <div role='alert' style={errorStyles.wrap}>
            <p style={{...styles.danger, ...errorStyles.headline}}>
                <i className='icon icon-alert-circle-outline' aria-hidden='true'/>
                <FormattedMessage {...HEADLINES[error.kind]}/>
            </p>
            <p style={styles.muted}>{error.message}</p>
            <button type='button' style={styles.button} onClick={onRetry}>
                <i className='icon icon-refresh' aria-hidden='true'/>
                <FormattedMessage id='sidebar.error.retry' defaultMessage='Retry'/>
            </button>
        </div>
    );
}

const errorStyles = {
    wrap: {display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 8, padding: 16},
    headline: {display: 'flex', gap: 4, margin: 0, fontWeight: 600},
} satisfies Record<string, CSSProperties>;
