import type {GlobalState} from '@mattermost/types/store';
import {useCallback, useEffect, type CSSProperties} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {fetchSummary, type SreDispatch} from '../../store/fetch_summary';
import {getLastDeclared} from '../../store/incident_ui_slice';
import {getLoadStatus, getSummary, getSummaryError} from '../../store/summary_slice';
import {ErrorPanel} from '../common/error_panel';
import {LiveIndicator} from '../common/live_indicator';
import {LoadingPanel} from '../common/loading_panel';
import {useSreEnv} from '../common/sre_env';
import {IncidentPanel, PendingSetup} from '../incident/incident_panel';
import {KpisSection} from '../kpis/kpis_section';
import {TemplatesSection} from '../templates/templates_section';

import {FollowUpsSection} from './follow_ups_section';
import {IncidentsSection} from './incidents_section';
import {OnCallSection} from './on_call_section';
import {RitualsSection} from './rituals_section';
import {RunbooksSection} from './runbooks_section';
import {TriageSection} from './triage_section';

/** The right-hand sidebar: the summary's sections, or loading / error states until there is one. */
export function SreSidebar() {
    const env = useSreEnv();
    const dispatch = useDispatch<SreDispatch>();
    const status = useSelector((s: GlobalState) => getLoadStatus(s));
    const summary = useSelector((s: GlobalState) => getSummary(s));
    const error = useSelector((s: GlobalState) => getSummaryError(s));
    const isSettingUp = useSelector((s: GlobalState) => isDeclaredElsewhere(s));
    const refetch = useCallback(() => {
        // The thunk turns every failure into a summaryFailed action, so there is nothing to catch here.
        void dispatch(fetchSummary(env.companion));
    }, [dispatch, env]);

    // The live stream may already have delivered a summary; fetch only when nothing has started.
    useEffect(() => {
        if (status === 'idle') {
            refetch();
        }
    }, [status, refetch]);

    return (
        <div style={sidebarStyles.wrap}>
            <div style={sidebarStyles.toolbar}><LiveIndicator/></div>
            {isSettingUp && <div style={sidebarStyles.notice}><PendingSetup/></div>}
            <IncidentPanel/>
            {error && <ErrorPanel error={error} onRetry={refetch}/>}
            {!summary && !error && <LoadingPanel/>}
            {summary && (
                <>
                    <OnCallSection oncall={summary.oncall}/>
                    <IncidentsSection activeCount={summary.incidents.activeCount} active={summary.incidents.active}/>
                    <TriageSection triage={summary.triage}/>
                    <FollowUpsSection followUps={summary.followUps}/>
                    <RitualsSection rituals={summary.rituals}/>
                    <RunbooksSection staleCount={summary.runbooks.staleCount}/>
                    <KpisSection/>
                    <TemplatesSection/>
                </>
            )}
        </div>
    );
}

// The incident just declared here, still being set up, when its channel is not the one on screen.
function isDeclaredElsewhere(s: GlobalState): boolean {
    const last = getLastDeclared(s);
    return Boolean(last && last.pendingSteps.length > 0 && last.channelId !== s.entities.channels.currentChannelId);
}

const sidebarStyles = {
    notice: {padding: '8px 16px'},
    wrap: {height: '100%', overflowY: 'auto', color: 'var(--center-channel-color)', background: 'var(--center-channel-bg)'},
    toolbar: {display: 'flex', justifyContent: 'flex-end', padding: '8px 16px 0'},
} satisfies Record<string, CSSProperties>;
