import {DateTime} from 'luxon';
import type {OnCallNow} from '../contract/summary.js';

const people = (users: readonly string[]) => (users.length === 0 ? ':warning: **nobody** (a gap)' : users.map((u) => `@${u}`).join(', '));

// In the schedule's own zone, with the zone named: a phone reader may be anywhere.
function when(iso: string | null, zone: string, now: Date): string {
    if (iso === null) {
        return 'no change planned';
    }
    const at = DateTime.fromISO(iso, {zone});
    const sameDay = at.hasSame(DateTime.fromJSDate(now, {zone}), 'day');
    return `${at.toFormat(sameDay ? 'HH:mm' : 'ccc d LLL HH:mm')} ${zone}`;
}

// `/sre oncall` for mobile: the sidebar widget's content as one ephemeral table.
export function oncallText(oncall: readonly OnCallNow[], now: Date): string {
    if (oncall.length === 0) {
        return 'No on-call schedules yet. SREs create them in the SRE Toolkit sidebar (desktop or web), or through `POST /sre-toolkit/api/v1/schedules`.';
    }
    const rows = oncall.map((o) => `| ${o.scheduleName} | ${people(o.users)} | ${when(o.until, o.timeZone, now)} | ` +
        `${o.next === null ? '—' : people(o.next.users)} |`);
    return ['#### On call now', '', '| Schedule | On call | Until | Next |', '|---|---|---|---|', ...rows,
        '', 'Take over, swap or page from the SRE Toolkit sidebar; `/sre page <schedule|@user> <message>` pages from here.'].join('\n');
}
