import type {ChecklistStep} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {severityLabel} from './severity.js';

// What every bot post about an incident needs to know; texts that link the channel take its final name,
// because a name collision can change it after planning.
export type IncidentSubject = {
    number: number;
    title: string;
    severity: Severity;
    summary: string;
    isPrivate: boolean;
    isDrill: boolean;
    commanderUsername: string;
};

export type SourcePost = {id: string; authorUsername: string; message: string; permalink: string};

const QUOTE_MAX = 3000;

export function clip(text: string, max: number): string {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const quote = (text: string) => clip(text, QUOTE_MAX).split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');

// Every text a drill shows people starts with this, so nobody mistakes a gameday for an outage.
export const drillMark = (isDrill: boolean): string => (isDrill ? 'DRILL · ' : '');

// A drill's channel header or purpose: marked unless the template already put DRILL first (the seeded one does).
export function drillMarked(isDrill: boolean, text: string): string {
    if (!isDrill || /^\s*DRILL\b/i.test(text)) {
        return text;
    }
    return text.trim() === '' ? 'DRILL' : `${drillMark(true)}${text}`;
}

const headline = (s: IncidentSubject) => `${drillMark(s.isDrill)}${severityLabel(s.severity)} incident ${s.number}: ${s.title}`;

export function firstPostText(s: IncidentSubject, declarerUsername: string, source: SourcePost | undefined, templateText: string): string {
    const parts = [
        `#### ${s.isDrill ? ':test_tube:' : ':rotating_light:'} ${headline(s)}`,
        `**Commander:** @${s.commanderUsername} · **Declared by:** @${declarerUsername} · **Status:** investigating`,
    ];
    if (s.isDrill) {
        parts.push('**This is a drill.** Nothing in production is affected.');
    }
    if (s.summary !== '') {
        parts.push(`**Summary**\n${s.summary}`);
    }
    if (source) {
        parts.push(`**Declared from [a message by @${source.authorUsername}](${source.permalink}):**\n${quote(source.message)}`);
    }
    if (templateText.trim() !== '') {
        parts.push(`---\n${templateText}`);
    }
    return parts.join('\n\n');
}

export function checklistPostText(steps: readonly ChecklistStep[]): string {
    const lines = steps.map((step, i) => `${i + 1}. ${step.title}${step.runbookUrl ? ` · [runbook](${step.runbookUrl})` : ''}`);
    return ['#### Checklist', ...lines, '', 'Tick steps in the SRE Toolkit sidebar as you go.'].join('\n');
}

// A private incident's title and channel are need-to-know, so its broadcast only says that it exists.
export function broadcastText(s: IncidentSubject, channelName: string): string {
    if (s.isPrivate) {
        return `:lock: A private ${severityLabel(s.severity)} incident (${s.number}) was declared. Commander: @${s.commanderUsername}; ask them if you need access.`;
    }
    const summary = s.summary === '' ? '' : `\n${quote(clip(s.summary, 300))}`;
    return `${s.isDrill ? ':test_tube:' : ':rotating_light:'} **${headline(s)}** in ~${channelName} · commander @${s.commanderUsername}${summary}`;
}

export function threadReplyText(s: IncidentSubject, channelName: string): string {
    if (s.isPrivate) {
        return `A private ${severityLabel(s.severity)} incident was declared from this message. Commander: @${s.commanderUsername}.`;
    }
    return `${headline(s)} was declared from this message: ~${channelName} (commander @${s.commanderUsername}).`;
}
