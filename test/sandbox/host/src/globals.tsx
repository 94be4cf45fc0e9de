import type {Dialog} from '@mattermost/types/integrations';
import * as Luxon from 'luxon';
import PropTypes from 'prop-types';
import React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactIntl from 'react-intl';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';

import {formatText} from './format_text';
import {browserHistory} from './navigation';
import {installRegisterPlugin} from './registry/plugin_loader';
import type {HostStore} from './store/host_store';

type Html = {__html: string};
const warnedOnce = new Set<string>();
const notInSandbox = (name: string) => () => {
    if (!warnedOnce.has(name)) {
        warnedOnce.add(name);
        console.warn(`[sandbox host] ${name} is not available in the sandbox`);
    }
};

// Mattermost also takes (html, options) and the older (html, isRHS, options); the extras change
// nothing here, so only the html is read.
function messageHtmlToComponent(html: string) {
    const markup: Html = {__html: html};
    return <span className='post-message__html' dangerouslySetInnerHTML={markup}/>;
}

// The globals Mattermost's web app sets for plugins (REGISTRY.md §2); plugins take these as webpack
// externals instead of bundling their own copies.
export function installGlobals(store: HostStore): void {
    const w = window as unknown as Record<string, unknown>;
    Object.assign(w, {React, ReactDOM, ReactIntl, Redux, ReactRedux, PropTypes, Luxon});
    w.PostUtils = {formatText, messageHtmlToComponent};
    w.openInteractiveDialog = (dialog: {trigger_id?: string; url?: string; dialog: Dialog}) =>
        store.dispatch({type: 'host/dialogOpened', dialog: {trigger_id: dialog.trigger_id ?? '', url: dialog.url ?? '', dialog: dialog.dialog}});
    w.WebappUtils = {
        modals: {openModal: notInSandbox('WebappUtils.modals.openModal'), ModalIdentifiers: {}},
        notificationSounds: {ring: notInSandbox('ring'), stopRing: notInSandbox('stopRing')},
        sendDesktopNotificationToMe: notInSandbox('sendDesktopNotificationToMe'),
        openUserSettings: notInSandbox('openUserSettings'),
        browserHistory,
    };
    installRegisterPlugin(window);
}
