import {expect, it} from 'vitest';
import {parseSlashCommand, replyTo, type SlashCommand} from './slash_command.js';

it.each<[string, SlashCommand]>([
    ['', {kind: 'help'}],
    ['   ', {kind: 'help'}],
    ['help', {kind: 'help'}],
    ['  HELP me', {kind: 'help'}],
    ['declare sev1 db down', {kind: 'unknown', word: 'declare'}],
])('parses %j', (text, expected) => expect(parseSlashCommand(text)).toEqual(expected));

it.each<[SlashCommand, RegExp]>([
    [{kind: 'help'}, /^#### SRE Toolkit/],
    [{kind: 'unknown', word: 'frobnicate'}, /^Unknown subcommand `frobnicate`[\s\S]*\/sre help/],
])('replies to %o ephemerally', (command, text) => {
    const reply = replyTo(command);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(text);
});
