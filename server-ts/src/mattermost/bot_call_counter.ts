import type {IncidentBot} from './bot_incident_actions.js';

export type CountedBot = {bot: IncidentBot; calls(): number; byMethod(): Record<string, number>; reset(): void};

// Each IncidentBot method is one Mattermost REST call, so counting methods counts calls (read by the bench).
export function countCalls(inner: IncidentBot): CountedBot {
    const counts = new Map<string, number>();
    const counted = {} as Record<keyof IncidentBot, unknown>;
    for (const name of Object.keys(inner) as (keyof IncidentBot)[]) {
        const method = inner[name] as (...args: unknown[]) => unknown;
        counted[name] = (...args: unknown[]) => {
            counts.set(name, (counts.get(name) ?? 0) + 1);
            return method(...args);
        };
    }
    return {
        bot: counted as IncidentBot,
        calls: () => [...counts.values()].reduce((a, b) => a + b, 0),
        byMethod: () => Object.fromEntries(counts),
        reset: () => counts.clear(),
    };
}
