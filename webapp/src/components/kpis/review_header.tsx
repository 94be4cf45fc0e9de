import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import {actionStyles} from '../common/form_actions';

type Props = {titleId: string; weeks: number; timeZone: string | null; csvUrl: string; jsonUrl: string};

/** The page title, what the weeks are, and the downloads (plain links: the browser saves what the companion sends). */
export function ReviewHeader({titleId, weeks, timeZone, csvUrl, jsonUrl}: Props) {
    return (
        <header style={headerStyles.header}>
            <div style={headerStyles.titles}>
                <h1 id={titleId} style={headerStyles.title}>
                    <i className='icon icon-chart-line' aria-hidden='true'/>
                    <FormattedMessage id='kpis.review.title' defaultMessage='SRE review'/>
                </h1>
                <p style={headerStyles.subtitle}>
                    {timeZone ? (
                        <FormattedMessage id='kpis.review.subtitle' defaultMessage='Last {weeks} weeks, each from Monday 00:00 ({timeZone}); the last one is still running.'
                            values={{weeks, timeZone}}/>
                    ) : <FormattedMessage id='kpis.review.subtitleLoading' defaultMessage='Last {weeks} weeks' values={{weeks}}/>}
                </p>
            </div>
            <div style={headerStyles.actions}>
                <a href={csvUrl} download={true} style={headerStyles.export}>
                    <i className='icon icon-download-outline' aria-hidden='true'/>
                    <FormattedMessage id='kpis.review.exportCsv' defaultMessage='Export CSV'/>
                </a>
                <a href={jsonUrl} download='sre-kpis-weekly.json' style={headerStyles.export}>
                    <i className='icon icon-download-outline' aria-hidden='true'/>
                    <FormattedMessage id='kpis.review.exportJson' defaultMessage='Export JSON'/>
                </a>
            </div>
        </header>
    );
}

const headerStyles = {
    header: {display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap'},
    titles: {display: 'flex', flexDirection: 'column', gap: 4},
    title: {display: 'flex', alignItems: 'center', gap: 4, margin: 0, fontSize: 22, fontWeight: 600},
    subtitle: {margin: 0, color: 'rgba(var(--center-channel-color-rgb), 0.64)'},
    actions: {display: 'flex', gap: 8},
    // Links that look like the host's secondary buttons.
    export: {...actionStyles.secondary, display: 'inline-flex', alignItems: 'center', gap: 4, textDecoration: 'none'},
} satisfies Record<string, CSSProperties>;
