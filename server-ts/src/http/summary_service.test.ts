import {expect, it} from 'vitest';
import {SAMPLE_ROWS} from '../test_support/fake_app_deps.js';
import {createSummaryService, type Schedule, type Snapshot} from './summary_service.js';

// Pushes wait here until the test runs them, so it can await a whole push, duplicate check included.
function manualSchedule() {
    const due = new Set<() => Promise<void>>();
    const schedule: Schedule = (task) => {
        due.add(task);
        return () => due.delete(task);
    };
    const runDue = async () => {
        const tasks = [...due];
        due.clear();
        await Promise.all(tasks.map((task) => task()));
    };
    return {schedule, runDue, pending: () => due.size};
}

function counted(schedule: Schedule) {
    let loads = 0;
    let title = 'first';
    const service = createSummaryService({
        load: () => {
            loads++;
            const [incident] = SAMPLE_ROWS.activeIncidents;
            return Promise.resolve({...SAMPLE_ROWS, shifts: [], rituals: [], activeIncidents: incident ? [{...incident, title}] : []});
        },
        schedule,
    });
    return {service, loads: () => loads, setTitle: (t: string) => (title = t)};
}

it('computes once for many concurrent readers and again only after a change', async () => {
    const {service, loads} = counted(manualSchedule().schedule);
    await Promise.all(Array.from({length: 50}, () => service.get()));
    await service.get();
    expect(loads()).toBe(1);
    service.invalidate();
    await service.get();
    expect(loads()).toBe(2);
    service.close();
});

it('folds a burst of changes into one push, and skips a push when nothing changed', async () => {
    const timer = manualSchedule();
    const {service, loads, setTitle} = counted(timer.schedule);
    await service.get();
    const pushed: Snapshot[] = [];
    service.subscribe((s) => pushed.push(s));
    setTitle('second');
    for (let i = 0; i < 20; i++) {
        service.invalidate();
    }
    expect(timer.pending()).toBe(1);
    await timer.runDue();
    expect(pushed.map((s) => s.summary.incidents.active[0]?.title)).toEqual(['second']);
    expect(loads()).toBe(2);

    service.invalidate();
    await timer.runDue();
    expect(loads()).toBe(3);
    expect(pushed).toHaveLength(1);

    setTitle('third');
    service.invalidate();
    await timer.runDue();
    expect(pushed.map((s) => s.summary.incidents.active[0]?.title)).toEqual(['second', 'third']);
    service.close();
});
