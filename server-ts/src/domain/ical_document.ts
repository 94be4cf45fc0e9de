import ICAL from 'ical.js';

// Calendar apps poll subscriptions on their own timetable; these ask for about hourly (RFC 7986, and Outlook's own).
const REFRESH = 'PT1H';
// RFC 5545 §3.1: at most 75 octets a line. ical.js folds after `foldLength` octets and then prefixes the space,
// so continuation lines would be 76: one less keeps every line within 75.
const FOLD_OCTETS = 74;

// The VCALENDAR of a feed meant for subscribing (not importing): published, named, refreshed about hourly.
export function subscribedCalendar(prodId: string, name: string): ICAL.Component {
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    calendar.updatePropertyWithValue('prodid', prodId);
    calendar.updatePropertyWithValue('version', '2.0');
    calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
    calendar.updatePropertyWithValue('method', 'PUBLISH');
    // X-WR-* are written verbatim (ical.js does not escape properties it has no type for), which is also how
    // apps that know no more than ical.js read them back: a comma stays a comma for both.
    calendar.updatePropertyWithValue('x-wr-calname', name);
    calendar.updatePropertyWithValue('refresh-interval', ICAL.Duration.fromString(REFRESH));
    calendar.updatePropertyWithValue('x-published-ttl', REFRESH);
    return calendar;
}

// The document's text with RFC 5545 line folding. foldLength is a setting of the whole ical.js module: it is set
// only while this (synchronous) render runs.
export function calendarText(calendar: ICAL.Component): string {
    const before = ICAL.foldLength;
    ICAL.foldLength = FOLD_OCTETS;
    try {
        return `${calendar.toString()}\r\n`;
    } finally {
        ICAL.foldLength = before;
    }
}
