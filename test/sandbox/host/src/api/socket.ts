import {WebSocketClient} from '@mattermost/client';

import type {HostDispatch} from '../store/hooks';
import {handleSocketMessage} from './websocket_events';
import type {SocketMessage} from './websocket_events';

// The real web-app WebSocket client, authenticated by the session cookie like the browser app.
export function connectSocket(siteUrl: string, dispatch: HostDispatch): () => void {
    const client = new WebSocketClient();
    client.addMessageListener((msg) => {
        dispatch(handleSocketMessage(msg as unknown as SocketMessage)).catch((e: unknown) => {
            console.error('[sandbox host] websocket event failed', msg.event, e);
        });
    });
    client.initialize(`${siteUrl.replace(/^http/, 'ws')}/api/v4/websocket`);
    return () => client.close();
}
