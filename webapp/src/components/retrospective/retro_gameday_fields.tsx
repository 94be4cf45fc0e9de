import {FormattedMessage, useIntl} from 'react-intl';

import type {GamedayReport} from '../../../../server-ts/src/contract/retrospectives';
import {styles} from '../common/styles';

import type {RetroDraft} from './retro_draft';
import {retroStyles} from './retro_styles';
import {RetroTextArea} from './retro_text_area';

type Props = {report: GamedayReport; draft: RetroDraft; change: (patch: Partial<RetroDraft>) => void; errors: Record<string, string>; isReadOnly: boolean};

/** A drill's gameday report: the scenario, what was injected, how it was detected and how long that took. */
export function RetroGamedayFields({report, draft, change, errors, isReadOnly}: Props) {
    const {formatMessage} = useIntl();
    const texts = draft.report ?? {injected: '', detected: ''};
    return (
        <section aria-labelledby='sre-retro-gameday' style={retroStyles.section}>
            <h3 id='sre-retro-gameday' style={retroStyles.heading}><FormattedMessage id='retro.gameday' defaultMessage='Gameday'/></h3>
            {report.scenario !== '' && (
                <p style={retroStyles.notice}>
                    <FormattedMessage id='retro.gameday.scenario' defaultMessage='Scenario: {scenario}' values={{scenario: report.scenario}}/>
                </p>
            )}
            <RetroTextArea id='sre-retro-injected' label={formatMessage({id: 'retro.gameday.injected', defaultMessage: 'What was injected'})}
                value={texts.injected} isReadOnly={isReadOnly} error={errors.injected} onChange={(injected) => change({report: {...texts, injected}})}/>
            <RetroTextArea id='sre-retro-detected' label={formatMessage({id: 'retro.gameday.detected', defaultMessage: 'How it was detected'})}
                value={texts.detected} isReadOnly={isReadOnly} error={errors.detected} onChange={(detected) => change({report: {...texts, detected}})}/>
            <p style={styles.muted}>
                {report.timeToDetectSeconds === null ?
                    <FormattedMessage id='retro.gameday.notDetected' defaultMessage='Time to detect: not recorded (no detection on the timeline)'/> :
                    <FormattedMessage id='retro.gameday.timeToDetect' defaultMessage='Time to detect: {duration}'
                        values={{duration: <DurationText seconds={report.timeToDetectSeconds}/>}}/>}
            </p>
        </section>
    );
}

/** "45 s", "12 min", "1 h 5 min": as precise as a review needs. */
function DurationText({seconds}: {seconds: number}) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    if (seconds < 60) {
        return <FormattedMessage id='retro.duration.seconds' defaultMessage='{seconds} s' values={{seconds}}/>;
    }
    return hours === 0 ?
        <FormattedMessage id='retro.duration.minutes' defaultMessage='{minutes} min' values={{minutes}}/> :
        <FormattedMessage id='retro.duration.hours' defaultMessage='{hours} h {minutes} min' values={{hours, minutes}}/>;
}
