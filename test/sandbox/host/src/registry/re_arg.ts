// Mattermost wraps every registry method so a plugin may call it positionally or with one object whose
// keys are the parameter names. React components can be objects too (memo, forwardRef, lazy), so only a
// plain object without `$$typeof` that names at least one parameter counts as the object form.
function isNamedArgs(value: unknown, names: readonly string[]): value is Record<string, unknown> {
    if (value === null || typeof value !== 'object' || '$$typeof' in value) {
        return false;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
        return false;
    }
    return names.some((name) => Object.hasOwn(value, name));
}

export function reArg<R>(names: readonly string[], fn: (args: Record<string, unknown>) => R): (...args: unknown[]) => R {
    return (...args: unknown[]) => {
        const [first] = args;
        if (args.length === 1 && isNamedArgs(first, names)) {
            return fn(first);
        }
        return fn(Object.fromEntries(names.map((name, i) => [name, args[i]])));
    };
}
