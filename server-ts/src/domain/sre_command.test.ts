import {describe, expect, it} from 'vitest';
import {errorReply, HELP_TEXT, helpReply, parseSreCommand, usageOf, type SreCommand, type SreCommandKind} from './sre_command.js';

describe('parseSreCommand', () => {
    it.each<[string, SreCommand]>([
        ['', {kind: 'help'}],
        ['   ', {kind: 'help'}],
        ['help', {kind: 'help'}],
        ['  HELP me', {kind: 'help'}],
        ['declare', {kind: 'declare', severity: null, title: ''}],
        ['declare sev2 Database latency high', {kind: 'declare', severity: 'sev2', title: 'Database latency high'}],
        ['Declare SEV1   API down  ', {kind: 'declare', severity: 'sev1', title: 'API down'}],
        ['declare sev3', {kind: 'declare', severity: 'sev3', title: ''}],
        ['declare Severe packet loss', {kind: 'declare', severity: null, title: 'Severe packet loss'}],
        ['declare 2 nodes down', {kind: 'declare', severity: null, title: '2 nodes down'}],
        ['update Rolled back the deploy', {kind: 'update', text: 'Rolled back the deploy'}],
        ['update line one\nline two', {kind: 'update', text: 'line one\nline two'}],
        ['status identified', {kind: 'status', status: 'identified'}],
        ['status  Monitoring ', {kind: 'status', status: 'monitoring'}],
        ['status investigating', {kind: 'status', status: 'investigating'}],
        ['sev 1', {kind: 'sev', severity: 'sev1'}],
        ['sev SEV3', {kind: 'sev', severity: 'sev3'}],
        ['sev sev4', {kind: 'sev', severity: 'sev4'}],
        ['role commander @bob', {kind: 'role', role: 'commander', username: 'bob'}],
        ['role Communications @Carol.Smith', {kind: 'role', role: 'communications', username: 'carol.smith'}],
        ['role comms dan', {kind: 'role', role: 'communications', username: 'dan'}],
        ['role scribe @erin_k', {kind: 'role', role: 'scribe', username: 'erin_k'}],
        ['resolve Rebuilt the index', {kind: 'resolve', summary: 'Rebuilt the index'}],
        ['reopen', {kind: 'reopen'}],
        ['REOPEN', {kind: 'reopen'}],
        ['request', {kind: 'request', title: '', description: ''}],
        ['request Rotate the staging certs. They expire Friday.\nSee #42.', {kind: 'request', title: 'Rotate the staging certs.',
            description: 'They expire Friday.\nSee #42.'}],
        ['request Bump node.js to 22', {kind: 'request', title: 'Bump node.js to 22', description: ''}],
        ['request Why is backup slow?  It took 6h', {kind: 'request', title: 'Why is backup slow?', description: 'It took 6h'}],
        ['request First line\nsecond line', {kind: 'request', title: 'First line', description: 'second line'}],
        ['Queue', {kind: 'queue'}],
        ['triage now', {kind: 'triage'}],
        ['page @bob Checkout errors at 20%', {kind: 'page', text: '@bob Checkout errors at 20%'}],
        ['Page "SRE primary"  API down\nsince 14:05 ', {kind: 'page', text: '"SRE primary"  API down\nsince 14:05'}],
        ['runbook postgres failover', {kind: 'runbook', words: 'postgres failover'}],
        ['Runbook   Search LATENCY ', {kind: 'runbook', words: 'Search LATENCY'}],
        ['gameday primary database failover', {kind: 'gameday', action: 'start', scenario: 'primary database failover'}],
        ['GameDay  Detected-late cache', {kind: 'gameday', action: 'start', scenario: 'Detected-late cache'}],
        ['gameday detected The replica lag alert\npaged @bob', {kind: 'gameday', action: 'detected', how: 'The replica lag alert\npaged @bob'}],
        ['gameday DETECTED  by a customer ', {kind: 'gameday', action: 'detected', how: 'by a customer'}],
    ])('parses %j', (text, command) => expect(parseSreCommand(text)).toEqual({ok: true, value: command}));

    it.each<[string, RegExp, SreCommandKind | 'all']>([
        ['frobnicate now', /^Unknown subcommand `frobnicate`\.$/, 'all'],
        ['declare sev5 Disk full', /^"sev5" is not a severity: use SEV1/, 'declare'],
        ['declare sev Disk full', /"sev" is not a severity/, 'declare'],
        ['update', /^Write what changed after `update`\.$/, 'update'],
        ['update    ', /Write what changed/, 'update'],
        ['status', /^Name the new status: investigating, identified or monitoring\.$/, 'status'],
        ['status fixed', /"fixed" is not a status/, 'status'],
        ['status monitoring fix deployed', /"monitoring fix deployed" is not a status/, 'status'],
        ['status resolved', /^To resolve, use `\/sre resolve <summary>`\.$/, 'status'],
        ['sev', /^Name the new severity, 1 \(most severe\) to 4\.$/, 'sev'],
        ['sev 5', /^"5" is not a severity: use SEV1 \(most severe\) to SEV4\.$/, 'sev'],
        ['sev high', /"high" is not a severity/, 'sev'],
        ['role', /^Name the role and the user, like `role commander @bob`\.$/, 'role'],
        ['role boss @bob', /"boss" is not a role/, 'role'],
        ['role commander', /^Name one user for commander, like @bob\.$/, 'role'],
        ['role commander @', /Name one user/, 'role'],
        ['role scribe @bob @carol', /Name one user for scribe/, 'role'],
        ['role commander @Bob Smith', /Name one user/, 'role'],
        ['resolve', /^Resolving needs a summary of what fixed it\.$/, 'resolve'],
        ['page', /^Name whom to page and say why, like `page @bob Checkout errors at 20%`\.$/, 'page'],
        ['runbook  ', /^Say what you look for, like `runbook postgres failover`\.$/, 'runbook'],
        ['gameday', /^Say what the gameday breaks, like `gameday primary database failover`\.$/, 'gameday'],
        ['gameday   ', /^Say what the gameday breaks/, 'gameday'],
        ['gameday detected', /^Say how the fault was noticed, like `gameday detected the p99 latency alert fired`\.$/, 'gameday'],
    ])('refuses %j with usage', (text, message, kind) => {
        const result = parseSreCommand(text);
        expect(result.ok).toBe(false);
        const error = result.ok ? {message: '', usage: ''} : result.error;
        expect(error.message).toMatch(message);
        expect(error.usage).toBe(kind === 'all' ? HELP_TEXT : usageOf(kind));
    });
});

describe('replies', () => {
    it.each<[string, string]>([
        ['help', '`/sre help` — show this help. Example: `/sre help`'],
        ['declare', '`/sre declare [sev1-4 title]` — declare an incident; without a title, open the declare dialog. Example: `/sre declare sev2 Database latency high`'],
        ['update', '`/sre update <text>`'],
        ['status', '`/sre status <investigating|identified|monitoring>`'],
        ['sev', '`/sre sev <1-4>` — change the severity. Example: `/sre sev 1`'],
        ['role', '`/sre role <commander|communications|scribe> @user` — assign a role. Example: `/sre role commander @bob`'],
        ['resolve', '`/sre resolve <summary>`'],
        ['reopen', '`/sre reopen` — reopen a resolved incident'],
        ['request', '`/sre request [text]` — ask the SRE team for something (first sentence = title); without text, open the request dialog. Example: `/sre request Rotate the staging certs. They expire on Friday.`'],
        ['queue', '`/sre queue` — list the top 10 of the triage queue. Example: `/sre queue`'],
        ['triage', '`/sre triage` — SREs: triage the next new request in a dialog. Example: `/sre triage`'],
        ['page', '`/sre page <@user|schedule> [--real] <message>` — page a person, or whoever is on call in a schedule'],
        ['gameday', '`/sre gameday <scenario> | gameday detected <how>` — start a chaos gameday: a drill incident you command, paging nobody real; ' +
            'in its channel, `gameday detected <how>` records when the team noticed the fault. Example: `/sre gameday primary database failover`'],
        ['runbook', '`/sre runbook <words>` — search the runbooks (every word in the title, service or text): the top 5 with links, stale ones marked. Example: `/sre runbook postgres failover`'],
    ])('help lists %s with an example', (_, line) => expect(helpReply()).toMatchObject({response_type: 'ephemeral', text: expect.stringContaining(line) as string}));

    it('shows the message then the usage', () => expect(errorReply({message: 'Resolving needs a summary of what fixed it.', usage: usageOf('resolve')})).toEqual({
        response_type: 'ephemeral',
        text: 'Resolving needs a summary of what fixed it.\n\nUsage: `/sre resolve <summary>`, for example `/sre resolve Rebuilt the search index; latency normal since 15:10`',
    }));
});
