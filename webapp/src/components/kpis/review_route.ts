import {manifest} from '../../manifest';

// Registered with registerNeedsTeamRoute, which puts the page at /<team>/<plugin id>/<route>.
export const REVIEW_ROUTE = 'review';

export const reviewPath = (teamName: string) => `/${encodeURIComponent(teamName)}/${manifest.id}/${REVIEW_ROUTE}`;
