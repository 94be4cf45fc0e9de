import type {ReactNode} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {RetrospectiveView} from '../../../../server-ts/src/contract/retrospectives';
import {styles} from '../common/styles';

import {FollowUpForm} from './follow_up_form';
import {FollowUpList} from './follow_up_list';
import {RetroActionBar} from './retro_action_bar';
import {RetroConflict} from './retro_conflict';
import {isDirty, type RetroDraft} from './retro_draft';
import {RetroGamedayFields} from './retro_gameday_fields';
import {RetroHighlights} from './retro_highlights';
import {RetroImpactFields} from './retro_impact_fields';
import {RetroStatusLine} from './retro_status_line';
import {retroStyles} from './retro_styles';
import {RetroTextArea} from './retro_text_area';
import type {RetroEditing} from './use_retrospective';

type Props = {editing: RetroEditing; retro: RetrospectiveView; draft: RetroDraft; onClose: () => void};

/** The whole review on one page: what happened, its impact, the timeline, the lessons and the follow-ups. */
export function RetroEditor({editing, retro, draft, onClose}: Props) {
    const {formatMessage} = useIntl();
    const isReadOnly = retro.status === 'published';
    const change = (patch: Partial<RetroDraft>) => editing.setDraft((d) => d && {...d, ...patch});
    const errors = editing.problem.fields;
    const text = (field: 'summary' | 'wentWell' | 'wentBadly' | 'causes', label: string, rows = 3) => (
        <RetroTextArea id={`sre-retro-${field}`} label={label} value={draft[field]} rows={rows} isReadOnly={isReadOnly} error={errors[field]}
            onChange={(value) => change({[field]: value})}/>
    );
    return (
        <div>
            <RetroStatusLine retro={retro} markdownUrl={editing.markdownUrl}/>
            {text('summary', formatMessage({id: 'retro.summary', defaultMessage: 'Summary'}), 4)}
            <RetroImpactFields draft={draft} change={change} errors={errors} isReadOnly={isReadOnly}/>
            {retro.gameday && <RetroGamedayFields report={retro.gameday} draft={draft} change={change} errors={errors} isReadOnly={isReadOnly}/>}
            <RetroHighlights draft={draft} change={change} errors={errors} isReadOnly={isReadOnly}/>
            <section aria-labelledby='sre-retro-lessons' style={retroStyles.section}>
                <h3 id='sre-retro-lessons' style={retroStyles.heading}><FormattedMessage id='retro.lessons' defaultMessage='Lessons'/></h3>
                {text('wentWell', formatMessage({id: 'retro.wentWell', defaultMessage: 'What went well'}))}
                {text('wentBadly', formatMessage({id: 'retro.wentBadly', defaultMessage: 'What went badly'}))}
                {text('causes', formatMessage({id: 'retro.causes', defaultMessage: 'Contributing causes'}))}
            </section>
            <section aria-labelledby='sre-retro-follow-ups' style={retroStyles.section}>
                <h3 id='sre-retro-follow-ups' style={retroStyles.heading}><FormattedMessage id='retro.followUps' defaultMessage='Follow-ups'/></h3>
                <FollowUpList followUps={retro.followUps}/>
                <FollowUpForm incidentId={retro.incidentId} onAdded={editing.followUpAdded}/>
            </section>
            <RetroActionBar retro={retro} isDirty={isDirty(draft, retro)} isBusy={editing.isBusy} onClose={onClose}
                onSave={() => void editing.save()} onPublish={() => void editing.publish()} notice={noticeOf(editing)}/>
        </div>
    );
}

function noticeOf(editing: RetroEditing): ReactNode {
    const {conflict, error, fields} = editing.problem;
    if (conflict) {
        return <RetroConflict conflict={conflict} onReload={editing.takeTheirs}/>;
    }
    if (error) {
        return <p role='alert' style={styles.danger}>{error.message}</p>;
    }
    if (Object.keys(fields).length > 0) {
        return <p role='alert' style={styles.danger}><FormattedMessage id='retro.problem.fields' defaultMessage='Check the marked fields.'/></p>;
    }
    return null;
}
