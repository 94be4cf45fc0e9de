import {FormattedMessage, useIntl} from 'react-intl';

import type {ServiceTier} from '../../../../server-ts/src/contract/incidents';
import {Field} from '../common/field';
import {SEVERITIES} from '../declare/declare_choices';

import type {RetroDraft} from './retro_draft';
import {retroStyles} from './retro_styles';

type Props = {draft: RetroDraft; change: (patch: Partial<RetroDraft>) => void; errors: Record<string, string>; isReadOnly: boolean};

const TIERS: readonly ServiceTier[] = ['cloud', 'community', 'internal'];
const TIER_NAMES = {
    cloud: {id: 'retro.tier.cloud', defaultMessage: 'Cloud user-facing'},
    community: {id: 'retro.tier.community', defaultMessage: 'Community'},
    internal: {id: 'retro.tier.internal', defaultMessage: 'Internal platform'},
} as const;

/** How bad it was: duration (in whole minutes), severity, service tier and whether customers saw it. */
export function RetroImpactFields({draft, change, errors, isReadOnly}: Props) {
    const {formatMessage} = useIntl();
    return (
        <section aria-labelledby='sre-retro-impact' style={retroStyles.section}>
            <h3 id='sre-retro-impact' style={retroStyles.heading}><FormattedMessage id='retro.impact' defaultMessage='Impact'/></h3>
            <div style={retroStyles.inline}>
                <div style={retroStyles.narrow}>
                    <Field id='sre-retro-duration' label={formatMessage({id: 'retro.impact.duration', defaultMessage: 'Duration (minutes)'})}
                        error={errors['impact.durationSeconds']}>
                        <input type='number' min={0} step={1} inputMode='numeric' value={draft.durationMinutes} readOnly={isReadOnly}
                            onChange={(e) => change({durationMinutes: e.target.value})}/>
                    </Field>
                </div>
                <Field id='sre-retro-severity' label={formatMessage({id: 'retro.impact.severity', defaultMessage: 'Severity'})} error={errors['impact.severity']}>
                    <select value={draft.severity} disabled={isReadOnly} onChange={(e) => change({severity: SEVERITIES.find((x) => x === e.target.value) ?? draft.severity})}>
                        {SEVERITIES.map((s) => <option key={s} value={s}>{s.toUpperCase()}</option>)}
                    </select>
                </Field>
                <Field id='sre-retro-tier' label={formatMessage({id: 'retro.impact.tier', defaultMessage: 'Service tier'})} error={errors['impact.tier']}>
                    <select value={draft.tier ?? ''} disabled={isReadOnly} onChange={(e) => change({tier: TIERS.find((x) => x === e.target.value) ?? draft.tier})}>
                        {draft.tier === null && <option value=''>{formatMessage({id: 'retro.tier.unknown', defaultMessage: 'Unknown'})}</option>}
                        {TIERS.map((t) => <option key={t} value={t}>{formatMessage(TIER_NAMES[t])}</option>)}
                    </select>
                </Field>
                <label style={retroStyles.check}>
                    <input type='checkbox' checked={draft.customerFacing} disabled={isReadOnly} onChange={(e) => change({customerFacing: e.target.checked})}/>
                    <FormattedMessage id='retro.impact.customerFacing' defaultMessage='Customer-facing'/>
                </label>
            </div>
        </section>
    );
}
