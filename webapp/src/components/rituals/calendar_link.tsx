import {useState, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {actionStyles} from '../common/form_actions';
import {Field} from '../common/field';
import {styles} from '../common/styles';

/** "Subscribe (iCal)": the feed's address to paste into a calendar app, and a button that copies it. */
export function CalendarLink({url}: {url: string}) {
    const {formatMessage} = useIntl();
    const [isCopied, setCopied] = useState(false);
    const copy = async () => {
        // Missing on an insecure origin, refused without permission: then the address stays in the box to copy by hand.
        const clipboard = navigator.clipboard as Clipboard | undefined;
        try {
            await clipboard?.writeText(url);
            setCopied(clipboard !== undefined);
        } catch {
            setCopied(false);
        }
    };
    return (
        <div style={calendarStyles.wrap}>
            <Field id='sre-rituals-ical' label={formatMessage({id: 'rituals.ical', defaultMessage: 'Subscribe (iCal)'})}
                hint={formatMessage({id: 'rituals.ical.hint', defaultMessage: 'Add this address to your calendar app to see every ritual there.'})}>
                <input type='text' readOnly={true} value={url} onFocus={(e) => e.target.select()}/>
            </Field>
            <div style={styles.row}>
                <button type='button' style={calendarStyles.copy} onClick={() => void copy()}>
                    <i className='icon icon-content-copy' aria-hidden='true'/>
                    <FormattedMessage id='rituals.ical.copy' defaultMessage='Copy link'/>
                </button>
                <span role='status' style={styles.muted}>
                    {isCopied && <FormattedMessage id='rituals.ical.copied' defaultMessage='Copied'/>}
                </span>
            </div>
        </div>
    );
}

const calendarStyles = {
    wrap: {marginTop: 8},
    copy: {...actionStyles.secondary, padding: '2px 8px', fontSize: 12, display: 'inline-flex', alignItems: 'center', gap: 2},
} satisfies Record<string, CSSProperties>;
