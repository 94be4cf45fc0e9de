import {useState, type CSSProperties, type FormEvent} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {RunbookView} from '../../../../server-ts/src/contract/runbooks';
import {Section} from '../common/section';
import {styles} from '../common/styles';

import {useRunbooks} from './use_runbooks';

/**
 * The runbook library: the stale count (from the summary) always; opened, search, open, and mark reviewed, with
 * those not reviewed for 90 days flagged. Closed by default, so the sidebar does not fetch the library on every open.
 */
export function RunbooksSection({staleCount}: {staleCount: number}) {
    const [isOpen, setOpen] = useState(false);
    const aside = (
        <>
            {staleCount > 0 && (
                <span style={styles.danger}>
                    <FormattedMessage id='sidebar.runbooks.staleCount' defaultMessage='{count} stale' values={{count: staleCount}}/>
                </span>
            )}
            <button type='button' aria-expanded={isOpen} aria-controls='sre-runbooks-body' style={runbookStyles.action} onClick={() => setOpen(!isOpen)}>
                {isOpen ? <FormattedMessage id='sidebar.runbooks.hide' defaultMessage='Hide'/> : <FormattedMessage id='sidebar.runbooks.show' defaultMessage='Show'/>}
            </button>
        </>
    );
    return (
        <Section id='runbooks' icon='icon-book-outline' title={<FormattedMessage id='sidebar.runbooks.title' defaultMessage='Runbooks'/>} aside={aside}>
            {isOpen && <div id='sre-runbooks-body'><RunbooksBody/></div>}
        </Section>
    );
}

function RunbooksBody() {
    const {formatMessage} = useIntl();
    const {runbooks, error, search, markReviewed, linkOf} = useRunbooks();
    const [query, setQuery] = useState('');
    const submit = (e: FormEvent) => {
        e.preventDefault();
        search(query);
    };
    return (
        <>
            <form role='search' onSubmit={submit} style={runbookStyles.form}>
                <input type='search' value={query} onChange={(e) => setQuery(e.target.value)} style={runbookStyles.input}
                    aria-label={formatMessage({id: 'sidebar.runbooks.search', defaultMessage: 'Search runbooks'})}/>
                <button type='submit' style={styles.button}><FormattedMessage id='sidebar.runbooks.find' defaultMessage='Find'/></button>
            </form>
            {error && <p role='alert' style={styles.danger}>{error.message}</p>}
            {runbooks?.length === 0 && <p style={styles.muted}><FormattedMessage id='sidebar.runbooks.none' defaultMessage='No runbooks match'/></p>}
            <ul style={styles.list}>
                {(runbooks ?? []).map((r) => <RunbookRow key={r.id} runbook={r} href={linkOf(r)} onReviewed={() => markReviewed(r.id)}/>)}
            </ul>
        </>
    );
}

function RunbookRow({runbook, href, onReviewed}: {runbook: RunbookView; href: string; onReviewed: () => void}) {
    const {formatMessage} = useIntl();
    return (
        <li style={styles.row}>
            <a href={href} target='_blank' rel='noopener noreferrer' style={{...styles.link, ...styles.grow}}>{runbook.title}</a>
            {runbook.service !== '' && <span style={styles.muted}>{runbook.service}</span>}
            {runbook.isStale && (
                <span style={styles.danger}><FormattedMessage id='sidebar.runbooks.stale' defaultMessage='Not reviewed for 90 days'/></span>
            )}
            <button type='button' style={runbookStyles.action} onClick={onReviewed}
                aria-label={formatMessage({id: 'sidebar.runbooks.markReviewed', defaultMessage: 'Mark {title} reviewed'}, {title: runbook.title})}>
                <FormattedMessage id='sidebar.runbooks.markReviewedShort' defaultMessage='Mark reviewed'/>
            </button>
        </li>
    );
}

const runbookStyles = {
    form: {display: 'flex', gap: 6, marginBottom: 8},
    input: {flex: 1, minWidth: 0, padding: '4px 8px', border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', borderRadius: 4,
        background: 'var(--center-channel-bg)', color: 'var(--center-channel-color)'},
    action: {border: 0, background: 'none', padding: 0, color: 'var(--link-color)', cursor: 'pointer', fontSize: 12},
} satisfies Record<string, CSSProperties>;
