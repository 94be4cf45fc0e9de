import {createElement, Fragment, type ElementType, type ReactElement, type ReactNode} from 'react';

// webpack aliases react/jsx-runtime to this file: React's own runtime would put a second copy of
// React's element internals into main.js, while this one only calls the host's window.React.
type Props = Record<string, unknown> & {children?: unknown};

// jsxs gets a static child list, which React must not mistake for a keyed list; spreading it as
// createElement arguments keeps React's key checks exactly as with the real runtime.
function build(type: ElementType, props: Props, key: string | undefined, isStatic: boolean): ReactElement {
    const {children, ...rest} = props;
    const config = key === undefined ? rest : {...rest, key};
    if (children === undefined) {
        return createElement(type, config);
    }
    if (isStatic && Array.isArray(children)) {
        return createElement(type, config, ...(children as ReactNode[]));
    }
    return createElement(type, config, children as ReactNode);
}

export const jsx = (type: ElementType, props: Props, key?: string) => build(type, props, key, false);
export const jsxs = (type: ElementType, props: Props, key?: string) => build(type, props, key, true);
export {Fragment};
