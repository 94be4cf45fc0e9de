import {useIntl} from 'react-intl';

import {Field} from '../common/field';

import {errorFor, type TemplateDraft} from './template_draft';

type Props = {draft: TemplateDraft; change: (patch: Partial<TemplateDraft>) => void; fields: Record<string, string>};

type TextKey = 'name' | 'description' | 'channelNamePattern' | 'headerPattern' | 'purposePattern' | 'firstPost' | 'defaultMembers' | 'broadcastChannels';

const TEXTS: readonly {key: TextKey; label: string; hint?: string; isLong?: boolean}[] = [
    {key: 'name', label: 'Name'},
    {key: 'description', label: 'Description', isLong: true},
    {key: 'channelNamePattern', label: 'Channel name pattern', hint: 'Placeholders: {title} {slug} {date} {number} {severity} {tier} {commander} {template}'},
    {key: 'headerPattern', label: 'Header pattern'},
    {key: 'purposePattern', label: 'Purpose pattern'},
    {key: 'firstPost', label: 'First post', isLong: true},
    {key: 'defaultMembers', label: 'Default members', hint: 'Usernames, separated by commas'},
    {key: 'broadcastChannels', label: 'Broadcast channels', hint: 'Channel names, separated by commas'},
];

/** The template's text fields, the tier and the two flags, each with the server's error beside it. */
export function TemplateTextFields({draft, change, fields}: Props) {
    const {formatMessage} = useIntl();
    const t = (key: string, text: string) => formatMessage({id: `templates.field.${key}`, defaultMessage: text});
    return (
        <>
            {TEXTS.map(({key, label, hint, isLong}) => (
                <Field key={key} id={`sre-template-${key}`} label={t(key, label)} hint={hint} error={errorFor(fields, key)}>
                    {isLong ?
                        <textarea rows={3} value={draft[key]} onChange={(e) => change({[key]: e.target.value})}/> :
                        <input type='text' value={draft[key]} onChange={(e) => change({[key]: e.target.value})}/>}
                </Field>
            ))}
            <Field id='sre-template-tier' label={t('tier', 'Service tier')} error={errorFor(fields, 'tier')}>
                <select value={draft.tier} onChange={(e) => change({tier: e.target.value})}>
                    <option value='cloud'>{t('tier.cloud', 'Cloud user-facing (SEV1)')}</option>
                    <option value='community'>{t('tier.community', 'Community (SEV2)')}</option>
                    <option value='internal'>{t('tier.internal', 'Internal platform (SEV3)')}</option>
                </select>
            </Field>
            <label style={{display: 'block'}}>
                <input type='checkbox' checked={draft.isPrivate} onChange={(e) => change({isPrivate: e.target.checked})}/>{' '}{t('isPrivate', 'Private channel')}
            </label>
            <label style={{display: 'block', marginBottom: 12}}>
                <input type='checkbox' checked={draft.isDrill} onChange={(e) => change({isDrill: e.target.checked})}/>{' '}{t('isDrill', 'Drill')}
            </label>
        </>
    );
}
