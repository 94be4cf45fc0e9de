import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {TemplatePreview} from '../../../../server-ts/src/contract/incidents';
import {styles} from '../common/styles';

/** How a channel from this template would look, rendered by the companion for a sample incident. */
export function TemplatePreviewBox({preview}: {preview: TemplatePreview | null}) {
    return (
        <section aria-labelledby='sre-template-preview' aria-live='polite' style={previewStyles.box}>
            <h4 id='sre-template-preview' style={previewStyles.heading}><FormattedMessage id='templates.preview' defaultMessage='Preview'/></h4>
            {preview ? (
                <dl style={previewStyles.list}>
                    <dt style={previewStyles.term}><FormattedMessage id='templates.preview.channel' defaultMessage='Channel'/></dt>
                    <dd style={previewStyles.value}>{`~${preview.channelName}`}</dd>
                    <dt style={previewStyles.term}><FormattedMessage id='templates.preview.header' defaultMessage='Header'/></dt>
                    <dd style={previewStyles.value}>{preview.header}</dd>
                    <dt style={previewStyles.term}><FormattedMessage id='templates.preview.purpose' defaultMessage='Purpose'/></dt>
                    <dd style={previewStyles.value}>{preview.purpose}</dd>
                    <dt style={previewStyles.term}><FormattedMessage id='templates.preview.firstPost' defaultMessage='First post'/></dt>
                    <dd style={{...previewStyles.value, whiteSpace: 'pre-wrap'}}>{preview.firstPost}</dd>
                </dl>
            ) : (
                <p style={styles.muted}><FormattedMessage id='templates.preview.none' defaultMessage='No preview while the template has errors.'/></p>
            )}
        </section>
    );
}

const previewStyles = {
    box: {padding: 8, borderRadius: 4, background: 'rgba(var(--center-channel-color-rgb), 0.04)', margin: '8px 0'},
    heading: {margin: '0 0 4px', fontSize: 13, fontWeight: 600},
    list: {margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px', fontSize: 12},
    term: {fontWeight: 600},
    value: {margin: 0, overflowWrap: 'anywhere'},
} satisfies Record<string, CSSProperties>;
