import type {TemplateView} from '../contract/incidents.js';
import type {Database} from '../db/database.js';
import {buildApp} from '../http/app.js';
import {createAccess} from '../incidents/access.js';
import {createTemplateService} from '../incidents/template_service.js';
import {fakeAppDeps} from './fake_app_deps.js';
import {fakeIncidentBot} from './fake_incident_bot.js';
import {seedShippedTemplates} from './seeded_templates.js';
import {signInByName} from './sign_in_by_name.js';
import {incidentServiceOn} from './incident_service_on.js';

// Two people who sign in with their name as the bearer token: alice is an SRE, bob is not.
const whoAmI = signInByName(['alice', 'bob']);
export const signedInAs = (user: string) => ({authorization: `Bearer ${user}`});

export type IncidentRoutesApp = {app: Awaited<ReturnType<typeof buildApp>>; templates: Record<string, TemplateView>};

// The real app with the real incident and template services on a database with the shipped templates; Mattermost
// is the fake bot, and jobs are not run.
export async function incidentRoutesApp(db: Database): Promise<IncidentRoutesApp> {
    const templatesBySlug = await seedShippedTemplates(db);
    const fake = fakeIncidentBot();
    const access = createAccess({bot: fake.bot});
    const isSre = (actor: {username: string}) => Promise.resolve(actor.username === 'alice');
    const templates = createTemplateService({db, isSre, timeZone: 'UTC'});
    const incidents = incidentServiceOn(db, fake.bot, {access});
    const app = await buildApp(fakeAppDeps({whoAmI, incidents, templates, isSre, hiddenFor: access.hiddenFor}));
    return {app, templates: templatesBySlug};
}
