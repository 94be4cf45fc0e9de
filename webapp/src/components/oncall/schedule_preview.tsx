import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {styles} from '../common/styles';

import {ScheduleTimeline} from './schedule_timeline';
import {TimelineNav} from './timeline_nav';
import type {useScheduleEditor} from './use_schedule_editor';

type Props = {editor: ReturnType<typeof useScheduleEditor>; scheduleZone: string};

/** The final schedule the edits would give, before they are saved; the same timeline as the saved one. */
export function SchedulePreview({editor, scheduleZone}: Props) {
    const {formatMessage} = useIntl();
    return (
        <section aria-labelledby='sre-preview-heading' style={previewStyles.wrap}>
            <h3 id='sre-preview-heading' style={previewStyles.heading}>
                <FormattedMessage id='oncall.edit.previewHeading' defaultMessage='Preview (not saved)'/>
            </h3>
            <TimelineNav range={editor.range} scheduleZone={scheduleZone} onChange={editor.setRange}/>
            {editor.shifts ?
                <ScheduleTimeline shifts={editor.shifts} range={editor.range} scheduleZone={scheduleZone}
                    label={formatMessage({id: 'oncall.edit.previewTimeline', defaultMessage: 'Previewed shifts'})}/> :
                !editor.error && <p role='status' style={styles.muted}><FormattedMessage id='oncall.timeline.loading' defaultMessage='Loading shifts…'/></p>}
        </section>
    );
}

const previewStyles = {
    wrap: {margin: '0 0 12px', padding: 8, borderRadius: 4, background: 'rgba(var(--center-channel-color-rgb), 0.04)'},
    heading: {margin: '0 0 8px', fontSize: 14, fontWeight: 600},
} satisfies Record<string, CSSProperties>;
