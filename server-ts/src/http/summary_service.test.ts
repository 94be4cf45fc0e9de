import {expect, it} from 'vitest';
import {SAMPLE_ROWS} from '../test_support/fake_app_deps.js';
import {createSummaryService, type Snapshot} from './summary_service.js';

function counted() {
    let loads = 0;
    let title = 'first';
    const service = createSummaryService({
        load: () => {
            loads++;
            const [incident] = SAMPLE_ROWS.activeIncidents;
            return Promise.resolve({...SAMPLE_ROWS, shifts: [], rituals: [], activeIncidents: incident ? [{...incident, title}] : []});
        },
        coalesceMs: 1,
    });
    return {service, loads: () => loads, setTitle: (t: string) => (title = t)};
}

it('computes once for many concurrent readers and again only after a change', async () => {
    const {service, loads} = counted();
    await Promise.all(Array.from({length: 50}, () => service.get()));
    await service.get();
    expect(loads()).toBe(1);
    service.invalidate();
    await service.get();
    expect(loads()).toBe(2);
    service.close();
});

it('folds a burst of changes into one push, and skips a push when nothing changed', async () => {
    const {service, loads, setTitle} = counted();
    await service.get();
    const pushed: Snapshot[] = [];
    service.subscribe((s) => pushed.push(s));
    setTitle('second');
    for (let i = 0; i < 20; i++) {
        service.invalidate();
    }
    await expect.poll(() => pushed.length).toBe(1);
    expect(pushed[0]?.summary.incidents.active[0]?.title).toBe('second');
    expect(loads()).toBe(2);
    service.invalidate();
    await expect.poll(() => loads()).toBe(3);
    expect(pushed).toHaveLength(1);
    service.close();
});
