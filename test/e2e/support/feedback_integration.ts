import fastifyFormbody from '@fastify/formbody';
import Fastify from 'fastify';

// A third-party integration as Mattermost sees one: a /feedback slash command that answers with an
// interactive dialog, and a dialog endpoint that validates the submission and returns field errors.

export const FEEDBACK_DIALOG = {title: 'Send feedback', ticketLabel: 'Ticket', commentLabel: 'Comment'};
export const TICKET_ERROR = 'Use a ticket key such as SRE-123';
const TICKET = /^[A-Z]+-\d+$/;

export type FeedbackIntegration = {url: string; submissions: Record<string, unknown>[]; close: () => Promise<void>};

type Submission = {submission?: Record<string, unknown>; cancelled?: boolean};

export async function startFeedbackIntegration(mattermostUrl: string, botToken: string): Promise<FeedbackIntegration> {
    const app = Fastify();
    await app.register(fastifyFormbody);
    const submissions: Record<string, unknown>[] = [];
    let selfUrl = '';

    app.post<{Body: Record<string, string>}>('/command', async (req, reply) => {
        const opened = await fetch(`${mattermostUrl}/api/v4/actions/dialogs/open`, {
            method: 'POST',
            headers: {'Authorization': `Bearer ${botToken}`, 'Content-Type': 'application/json'},
            body: JSON.stringify({trigger_id: req.body.trigger_id, url: `${selfUrl}/dialog`, dialog: feedbackDialog()}),
        });
        if (!opened.ok) {
            return reply.send({response_type: 'ephemeral', text: `Could not open the dialog: ${await opened.text()}`});
        }
        return reply.send({});
    });
    app.post<{Body: Submission}>('/dialog', (req) => {
        const submission = req.body.submission ?? {};
        const ticket = typeof submission.ticket === 'string' ? submission.ticket.trim() : '';
        if (!TICKET.test(ticket)) {
            return {errors: {ticket: TICKET_ERROR}};
        }
        submissions.push(submission);
        return {};
    });

    selfUrl = await app.listen({port: 0, host: '127.0.0.1'});
    return {url: selfUrl, submissions, close: () => app.close()};
}

function feedbackDialog() {
    return {
        callback_id: 'feedback',
        title: FEEDBACK_DIALOG.title,
        submit_label: 'Send',
        elements: [
            {display_name: FEEDBACK_DIALOG.ticketLabel, name: 'ticket', type: 'text', placeholder: 'SRE-123'},
            {display_name: FEEDBACK_DIALOG.commentLabel, name: 'comment', type: 'textarea', optional: true},
        ],
    };
}
