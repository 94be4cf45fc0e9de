import {expect, it} from 'vitest';
import {retryDelaySeconds} from './mattermost_connect.js';

it.each([[0, 1], [1, 2], [4, 16], [8, 256], [9, 300], [100, 300]])('attempt %i waits %i s', (attempt, seconds) =>
    expect(retryDelaySeconds(attempt)).toBe(seconds));
