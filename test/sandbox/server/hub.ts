import type {WebSocket} from 'ws';
import {newId} from './ids';
import type {SandboxState} from './state';

export type Broadcast = {
    omit_users: Record<string, boolean> | null; user_id: string; channel_id: string; team_id: string;
    connection_id: string; omit_connection_id: string;
};
export type WsEvent = {event: string; data: Record<string, unknown>; broadcast: Broadcast; seq: number};
export type Target = {user_id?: string; channel_id?: string; team_id?: string; omit_users?: string[]};

type Connection = {id: string; userId: string; nextSeq: number; socket: WebSocket | null; sent: WsEvent[]; closedAt: number};

// Mattermost keeps a dropped connection's queue for a while so a client that reconnects with its
// connection_id and sequence_number gets what it missed instead of a resync.
const KEEP_DEAD_MS = 5 * 60_000;
const KEEP_EVENTS = 256;

export class Hub {
    private readonly connections = new Map<string, Connection>();

    constructor(private readonly state: SandboxState) {}

    publish(event: string, data: Record<string, unknown>, target: Target): void {
        const recipients = this.recipients(target);
        const broadcast: Broadcast = {
            omit_users: target.omit_users ? Object.fromEntries(target.omit_users.map((u) => [u, true])) : null,
            user_id: target.user_id ?? '', channel_id: target.channel_id ?? '', team_id: target.team_id ?? '',
            connection_id: '', omit_connection_id: '',
        };
        this.dropExpired();
        for (const conn of this.connections.values()) {
            if (recipients.has(conn.userId)) {
                this.send(conn, {event, data, broadcast, seq: 0});
            }
        }
    }

    // Returns the connection id; sends hello (and any missed events on a resumed connection).
    attach(socket: WebSocket, userId: string, connectionId: string, sequence: number): string {
        const old = this.connections.get(connectionId);
        // A socket that already got its close frame counts as gone, whatever order the close handlers run in.
        const isGone = old !== undefined && (old.socket === null || old.socket.readyState !== old.socket.OPEN);
        const resumable = isGone && old.userId === userId && sequence <= old.nextSeq &&
            (old.sent[0]?.seq ?? old.nextSeq) <= sequence;
        const conn: Connection = resumable ? old : {id: newId(), userId, nextSeq: 0, socket: null, sent: [], closedAt: 0};
        conn.socket = socket;
        this.connections.set(conn.id, conn);
        if (resumable) {
            conn.sent.filter((e) => e.seq >= sequence).forEach((e) => socket.send(JSON.stringify(e)));
        }
        const hello = {connection_id: conn.id, server_hostname: 'sandbox', server_version: '11.1.0'};
        this.send(conn, {event: 'hello', data: hello, broadcast: {...emptyBroadcast(), user_id: userId}, seq: 0});
        return conn.id;
    }

    detach(connectionId: string): void {
        const conn = this.connections.get(connectionId);
        if (conn) {
            conn.socket = null;
            conn.closedAt = this.state.clock.now();
        }
    }

    closeAll(): void {
        for (const conn of this.connections.values()) {
            conn.socket?.terminate();
        }
        this.connections.clear();
    }

    private send(conn: Connection, event: WsEvent): void {
        const numbered = {...event, seq: conn.nextSeq++};
        conn.sent.push(numbered);
        if (conn.sent.length > KEEP_EVENTS) {
            conn.sent.shift();
        }
        conn.socket?.send(JSON.stringify(numbered));
    }

    private recipients(target: Target): Set<string> {
        let users: string[];
        if (target.user_id) {
            users = [target.user_id];
        } else if (target.channel_id) {
            users = this.state.membersOfChannel(target.channel_id).map((m) => m.user_id);
        } else if (target.team_id) {
            users = this.state.membersOfTeam(target.team_id).map((m) => m.user_id);
        } else {
            users = [...this.state.users.keys()];
        }
        const omitted = new Set(target.omit_users ?? []);
        return new Set(users.filter((u) => !omitted.has(u)));
    }

    private dropExpired(): void {
        const now = this.state.clock.now();
        for (const [id, conn] of this.connections) {
            if (conn.socket === null && now - conn.closedAt > KEEP_DEAD_MS) {
                this.connections.delete(id);
            }
        }
    }
}

function emptyBroadcast(): Broadcast {
    return {omit_users: null, user_id: '', channel_id: '', team_id: '', connection_id: '', omit_connection_id: ''};
}
