export type SlashCommand = {kind: 'help'} | {kind: 'unknown'; word: string};
export type SlashReply = {response_type: 'ephemeral' | 'in_channel'; text: string};

export const SLASH_TRIGGER = 'sre';

// Mattermost hands us everything after the trigger as `text`; subcommands are the first word.
export function parseSlashCommand(text: string): SlashCommand {
    const word = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (word === '' || word === 'help') {
        return {kind: 'help'};
    }
    return {kind: 'unknown', word};
}

const HELP = [
    '#### SRE Toolkit',
    `* \`/${SLASH_TRIGGER} help\` — show this help`,
    'Open the SRE Toolkit sidebar from the channel header to see who is on call, active incidents, triage and rituals.',
].join('\n');

export function replyTo(command: SlashCommand): SlashReply {
    switch (command.kind) {
    case 'help':
        return {response_type: 'ephemeral', text: HELP};
    case 'unknown':
        return {response_type: 'ephemeral', text: `Unknown subcommand \`${command.word}\`.\n\n${HELP}`};
    }
}
