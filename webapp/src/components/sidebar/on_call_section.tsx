import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {OncallWidget} from '../oncall/oncall_widget';

/** The sidebar's first section: the on-call widget (components/oncall), fed by the live summary. */
export function OnCallSection({oncall}: {oncall: OnCallNow[]}) {
    return <OncallWidget oncall={oncall}/>;
}
