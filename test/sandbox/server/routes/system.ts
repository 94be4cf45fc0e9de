import type {FastifyInstance} from 'fastify';
import type {Ctx} from '../context';
import {MATTERMOST_VERSION, PLUGIN_BUNDLE_ROUTE, PLUGIN_ID, pluginVersion} from '../paths';

// The client config the web app reads at start (format=old: every value a string).
function clientConfig(ctx: Ctx): Record<string, string> {
    return {
        SiteURL: ctx.state.config.siteUrl, SiteName: 'SRE Sandbox', Version: MATTERMOST_VERSION, BuildNumber: 'sandbox',
        BuildHash: 'sandbox', BuildEnterpriseReady: 'false', PluginsEnabled: 'true', DiagnosticsEnabled: 'false',
        EnableCommands: 'true', EnableOnlyAdminIntegrations: 'true', EnablePostUsernameOverride: 'false',
        EnablePostIconOverride: 'false', ExperimentalStrictCSRFEnforcement: String(ctx.state.config.strictCsrf),
        TeammateNameDisplay: 'username', ShowEmailAddress: 'true', ShowFullName: 'true', EnableUserCreation: 'false',
        EnableSignInWithUsername: 'true', EnableSignInWithEmail: 'true', EnableBotAccountCreation: 'true',
        EnableTutorial: 'false', EnableOnboardingFlow: 'false', CollapsedThreads: 'disabled', DefaultTheme: 'denim',
        FeatureFlagAppsEnabled: 'false', EnableCustomEmoji: 'false', EnableMarketplace: 'false', TelemetryId: '',
        WebsocketURL: '', WebsocketPort: '80', WebsocketSecurePort: '443', EnableLinkPreviews: 'false',
        ExperimentalViewArchivedChannels: 'true', EnableCustomUserStatuses: 'false', EnableClientMetrics: 'false',
    };
}

export function systemRoutes(app: FastifyInstance, ctx: Ctx): void {
    const open = {config: {isPublic: true}};
    app.get<{Querystring: {get_server_status?: string}}>('/system/ping', open, (req) => ({
        status: 'OK', ActiveSearchBackend: 'database', AndroidLatestVersion: '', AndroidMinVersion: '',
        IosLatestVersion: '', IosMinVersion: '',
        ...(req.query.get_server_status === 'true' ? {database_status: 'OK', filestore_status: 'OK'} : {}),
    }));
    app.get('/config/client', open, () => clientConfig(ctx));
    app.get('/license/client', open, () => ({IsLicensed: 'false', SkuShortName: ''}));
    app.get('/plugins/webapp', open, () => [
        {id: PLUGIN_ID, version: pluginVersion(), webapp: {bundle_path: PLUGIN_BUNDLE_ROUTE}},
    ]);
}
