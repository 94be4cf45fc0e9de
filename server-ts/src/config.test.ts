import {describe, expect, it} from 'vitest';
import {CONFIG_VARIABLES, loadConfig} from './config.js';

const base = {MM_URL: 'http://mm.local:8065/', MM_BOT_TOKEN: 'bot-token'};

describe('loadConfig', () => {
    it('applies the documented defaults', () => {
        expect(loadConfig(base)).toEqual({ok: true, value: {
            port: 8090, host: '127.0.0.1', mmUrl: 'http://mm.local:8065', mmBotToken: 'bot-token', mmTeams: [],
            companionUrl: 'http://localhost:8090', dataDir: './data', databaseUrl: null, teamTimeZone: 'UTC',
            authCacheSeconds: 30, logLevel: 'info', sreUsernames: [],
            digest: {weekday: 2, time: '09:00', channel: 'cloud-sre-team'}, sla: {untriagedP1Hours: 4, untriagedDays: 7},
            triageIntake: {isAutomatic: false, channels: ['cloud-support']},
            paging: {ackMinutes: 5, repeat: 2, alertChannel: 'cloud-sre-team'},
            handoffChannel: 'cloud-sre-team', retroReminderBusinessDays: 3,
        }});
    });

    it('reads every variable', () => {
        const result = loadConfig({...base, PORT: '9111', HOST: '0.0.0.0', MM_TEAMS: ' SRE, ops ,', DATA_DIR: '/var/sre',
            DATABASE_URL: 'postgres://u:p@db/sre', TEAM_TIME_ZONE: 'Europe/Berlin', AUTH_CACHE_SECONDS: '5', LOG_LEVEL: 'warn', SRE_USERNAMES: '@Alice, bob,'});
        expect(result).toMatchObject({ok: true, value: {port: 9111, host: '0.0.0.0', mmTeams: ['sre', 'ops'],
            companionUrl: 'http://localhost:9111', dataDir: '/var/sre', databaseUrl: 'postgres://u:p@db/sre',
            teamTimeZone: 'Europe/Berlin', authCacheSeconds: 5, logLevel: 'warn', sreUsernames: ['alice', 'bob']}});
    });

    it('reads the retrospective reminder delay', () => {
        expect(loadConfig({...base, RETRO_REMINDER_BUSINESS_DAYS: '5'})).toMatchObject({ok: true, value: {retroReminderBusinessDays: 5}});
    });

    it('reads the digest schedule and the SLA thresholds', () => {
        const result = loadConfig({...base, DIGEST_WEEKDAY: 'Monday', DIGEST_TIME: '17:30', DIGEST_CHANNEL: 'sre-digest',
            SLA_UNTRIAGED_P1_HOURS: '2', SLA_UNTRIAGED_DAYS: '14'});
        expect(result).toMatchObject({ok: true, value: {digest: {weekday: 1, time: '17:30', channel: 'sre-digest'},
            sla: {untriagedP1Hours: 2, untriagedDays: 14}}});
        expect(loadConfig({...base, DIGEST_WEEKDAY: 'SUN'})).toMatchObject({ok: true, value: {digest: {weekday: 7}}});
    });

    it('reads the paging defaults', () => {
        expect(loadConfig({...base, PAGE_ACK_MINUTES: '15', PAGE_REPEAT: '0', PAGE_ALERT_CHANNEL: 'sre-pages'}))
            .toMatchObject({ok: true, value: {paging: {ackMinutes: 15, repeat: 0, alertChannel: 'sre-pages'}}});
    });

    it.each<[Record<string, string>, {isAutomatic: boolean; channels: string[]}]>([
        [{TRIAGE_AUTO_INTAKE: 'on'}, {isAutomatic: true, channels: ['cloud-support']}],
        [{TRIAGE_AUTO_INTAKE: 'TRUE', TRIAGE_INTAKE_CHANNELS: ' ~cloud-support, cloud-sre-team ,cloud-support'},
            {isAutomatic: true, channels: ['cloud-support', 'cloud-sre-team']}],
        [{TRIAGE_AUTO_INTAKE: 'off', TRIAGE_INTAKE_CHANNELS: 'help-desk'}, {isAutomatic: false, channels: ['help-desk']}],
        [{TRIAGE_AUTO_INTAKE: '0'}, {isAutomatic: false, channels: ['cloud-support']}],
    ])('reads the triage intake from %o', (overrides, triageIntake) => {
        expect(loadConfig({...base, ...overrides})).toMatchObject({ok: true, value: {triageIntake}});
    });

    it.each<[Record<string, string>, RegExp]>([
        [{MM_URL: ''}, /MM_URL is required/],
        [{MM_URL: 'ftp://x'}, /MM_URL must be an http/],
        [{MM_URL: 'not a url'}, /MM_URL is not a valid URL/],
        [{MM_BOT_TOKEN: ' '}, /MM_BOT_TOKEN is required/],
        [{PORT: '0'}, /PORT must be a whole number from 1 to 65535 \(got "0"\)/],
        [{PORT: '80a'}, /PORT must be a whole number/],
        [{AUTH_CACHE_SECONDS: '-1'}, /AUTH_CACHE_SECONDS must be a whole number/],
        [{TEAM_TIME_ZONE: 'Mars/Olympus'}, /TEAM_TIME_ZONE "Mars\/Olympus" is not an IANA time zone/],
        [{LOG_LEVEL: 'loud'}, /LOG_LEVEL "loud" must be one of/],
        [{DATABASE_URL: 'mysql://u:secret@h/db'}, /DATABASE_URL must start with postgres:\/\/.*u:\*\*\*@h/],
        [{COMPANION_URL: 'nope'}, /COMPANION_URL is not a valid URL/],
        [{DIGEST_WEEKDAY: 'tues'}, /DIGEST_WEEKDAY "tues" must be one of mon, tue, wed, thu, fri, sat, sun/],
        [{DIGEST_TIME: '9:00'}, /DIGEST_TIME "9:00" must be HH:mm/],
        [{DIGEST_TIME: '24:00'}, /DIGEST_TIME "24:00" must be HH:mm/],
        [{DIGEST_CHANNEL: '~Cloud SRE'}, /DIGEST_CHANNEL "~Cloud SRE" must be a channel name/],
        [{SLA_UNTRIAGED_P1_HOURS: '0'}, /SLA_UNTRIAGED_P1_HOURS must be a whole number from 1 to 720 \(got "0"\)/],
        [{SLA_UNTRIAGED_DAYS: '1.5'}, /SLA_UNTRIAGED_DAYS must be a whole number from 1 to 365/],
        [{PAGE_ACK_MINUTES: '0'}, /PAGE_ACK_MINUTES must be a whole number from 1 to 1440 \(got "0"\)/],
        [{PAGE_REPEAT: '11'}, /PAGE_REPEAT must be a whole number from 0 to 10/],
        [{PAGE_ALERT_CHANNEL: 'Cloud SRE'}, /PAGE_ALERT_CHANNEL "Cloud SRE" must be a channel name/],
        [{HANDOFF_CHANNEL: '~sre'}, /HANDOFF_CHANNEL "~sre" must be a channel name/],
        [{RETRO_REMINDER_BUSINESS_DAYS: '0'}, /RETRO_REMINDER_BUSINESS_DAYS must be a whole number from 1 to 30 \(got "0"\)/],
        [{RETRO_REMINDER_BUSINESS_DAYS: 'three'}, /RETRO_REMINDER_BUSINESS_DAYS must be a whole number from 1 to 30/],
        [{TRIAGE_AUTO_INTAKE: 'sometimes'}, /TRIAGE_AUTO_INTAKE "sometimes" must be on or off/],
        [{TRIAGE_INTAKE_CHANNELS: 'cloud-support, Cloud Support'}, /TRIAGE_INTAKE_CHANNELS "Cloud Support" must be a channel name/],
        [{TRIAGE_INTAKE_CHANNELS: ' , '}, /TRIAGE_INTAKE_CHANNELS must name at least one channel/],
    ])('rejects %o with a message naming the variable', (overrides, message) => {
        const result = loadConfig({...base, ...overrides});
        expect(result.ok).toBe(false);
        expect(result.ok ? '' : result.error).toMatch(message);
    });

    it('reports every bad variable at once and never echoes a password', () => {
        const result = loadConfig({PORT: 'x', DATABASE_URL: 'mysql://u:secret@h/db'});
        const message = result.ok ? '' : result.error;
        for (const name of ['PORT', 'MM_URL', 'MM_BOT_TOKEN', 'DATABASE_URL']) {
            expect(message).toContain(name);
        }
        expect(message).not.toContain('secret');
    });

    it('documents every variable it reads', () => {
        expect(CONFIG_VARIABLES.map((v) => v.name)).toEqual(['PORT', 'HOST', 'MM_URL', 'MM_BOT_TOKEN', 'MM_TEAMS',
            'COMPANION_URL', 'DATA_DIR', 'DATABASE_URL', 'TEAM_TIME_ZONE', 'AUTH_CACHE_SECONDS', 'SRE_USERNAMES',
            'DIGEST_WEEKDAY', 'DIGEST_TIME', 'DIGEST_CHANNEL', 'SLA_UNTRIAGED_P1_HOURS', 'SLA_UNTRIAGED_DAYS', 'TRIAGE_AUTO_INTAKE',
            'TRIAGE_INTAKE_CHANNELS', 'PAGE_ACK_MINUTES', 'PAGE_REPEAT', 'PAGE_ALERT_CHANNEL', 'HANDOFF_CHANNEL',
            'RETRO_REMINDER_BUSINESS_DAYS', 'LOG_LEVEL']);
    });
});
