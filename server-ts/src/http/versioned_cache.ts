export type VersionedCache<T> = {get: () => Promise<T>; invalidate: () => void};

// Readers of one version share a single computation, and a computation that started before a later
// change never overwrites the result of that later one.
export function createVersionedCache<T>(compute: () => Promise<T>, isFresh: (value: T) => boolean): VersionedCache<T> {
    let version = 0;
    let cached: {version: number; value: T} | null = null;
    let inflight: {version: number; promise: Promise<T>} | null = null;

    const start = (): Promise<T> => {
        const started = version;
        const promise = compute().then((value) => {
            if (cached === null || started >= cached.version) {
                cached = {version: started, value};
            }
            return value;
        }).finally(() => {
            if (inflight?.promise === promise) {
                inflight = null;
            }
        });
        inflight = {version: started, promise};
        return promise;
    };
    return {
        get: () => {
            if (cached?.version === version && isFresh(cached.value)) {
                return Promise.resolve(cached.value);
            }
            return inflight?.version === version ? inflight.promise : start();
        },
        invalidate: () => {
            version++;
        },
    };
}
