import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {RetrospectiveView} from '../../../../server-ts/src/contract/retrospectives';
import {Field} from '../common/field';
import {actionStyles} from '../common/form_actions';
import {useSreEnv} from '../common/sre_env';
import {FormProblem} from '../oncall/form_problem';
import {OwnerCombobox} from '../triage/owner_combobox';
import {CATEGORIES, CATEGORY_NAMES} from '../triage/triage_names';

import {useFollowUpForm} from './use_follow_up_form';

const INLINE = ['title', 'ownerUsername', 'dueDate', 'category'];

/** Adds a follow-up: a triage request accepted for its owner, due at the end of the chosen day (team time zone). */
export function FollowUpForm({incidentId, onAdded}: {incidentId: string; onAdded: (r: RetrospectiveView) => void}) {
    const {formatMessage} = useIntl();
    const today = useSreEnv().now().toISODate() ?? undefined;
    const {draft, change, errors, failure, isBusy, submit} = useFollowUpForm(incidentId, onAdded);
    const t = (id: string, defaultMessage: string) => formatMessage({id: `retro.followUp.${id}`, defaultMessage});
    return (
        <form onSubmit={(e) => void submit(e)} noValidate={true} aria-labelledby='sre-retro-follow-up-new' style={formStyles.form}>
            <h4 id='sre-retro-follow-up-new' style={formStyles.heading}><FormattedMessage id='retro.followUp.new' defaultMessage='New follow-up'/></h4>
            <div style={formStyles.row}>
                <div style={formStyles.grow}>
                    <Field id='sre-retro-follow-up-title' label={t('title', 'Title')} error={errors.title}>
                        <input type='text' value={draft.title} onChange={(e) => change({title: e.target.value})}/>
                    </Field>
                </div>
                <Field id='sre-retro-follow-up-category' label={t('category', 'OKR category')} error={errors.category}>
                    <select value={draft.category} onChange={(e) => change({category: CATEGORIES.find((c) => c === e.target.value) ?? draft.category})}>
                        {CATEGORIES.map((c) => <option key={c} value={c}>{formatMessage(CATEGORY_NAMES[c])}</option>)}
                    </select>
                </Field>
            </div>
            <div style={formStyles.row}>
                <div style={formStyles.grow}>
                    <OwnerCombobox id='sre-retro-follow-up-owner' owner={draft.owner} error={errors.ownerUsername} onChange={(owner) => change({owner})}
                        label={t('owner', 'Owner')} placeholder={t('ownerPlaceholder', 'Type a username')}/>
                </div>
                <Field id='sre-retro-follow-up-due' label={t('due', 'Due date')} error={errors.dueDate}>
                    <input type='date' min={today} value={draft.dueDate} onChange={(e) => change({dueDate: e.target.value})}/>
                </Field>
            </div>
            <FormProblem error={failure} shownInline={INLINE}/>
            <div style={formStyles.submit}>
                <button type='submit' style={actionStyles.secondary} aria-disabled={isBusy} aria-busy={isBusy}>
                    <i className='icon icon-plus' aria-hidden='true'/>
                    <FormattedMessage id='retro.followUp.add' defaultMessage='Add follow-up'/>
                </button>
            </div>
        </form>
    );
}

const formStyles = {
    form: {padding: 12, borderRadius: 4, background: 'rgba(var(--center-channel-color-rgb), 0.04)'},
    heading: {margin: '0 0 8px', fontSize: 13, fontWeight: 600},
    row: {display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-start'},
    grow: {flex: '1 1 200px', minWidth: 0},
    submit: {display: 'flex', justifyContent: 'flex-end'},
} satisfies Record<string, CSSProperties>;
