import type {MessageDescriptor} from 'react-intl';

import type {OwnershipArea, TriageCategory, TriageStatus} from '../../../../server-ts/src/contract/triage';

// The same display names as the companion's domain/triage_fields.ts, as react-intl messages.
export const CATEGORY_NAMES: Readonly<Record<TriageCategory, MessageDescriptor>> = {
    reliability: {id: 'triage.category.reliability', defaultMessage: 'Reliability & Resiliency'},
    availability_cost: {id: 'triage.category.availability_cost', defaultMessage: 'Availability & Cost Optimisation'},
    automation: {id: 'triage.category.automation', defaultMessage: 'Automation'},
    security: {id: 'triage.category.security', defaultMessage: 'Security'},
    documentation: {id: 'triage.category.documentation', defaultMessage: 'Documentation'},
    ktlo: {id: 'triage.category.ktlo', defaultMessage: 'Keep the lights on'},
};
export const CATEGORIES = Object.keys(CATEGORY_NAMES) as TriageCategory[];

export const AREA_NAMES: Readonly<Record<OwnershipArea, MessageDescriptor>> = {
    cloud: {id: 'triage.area.cloud', defaultMessage: 'Cloud user-facing services'},
    community: {id: 'triage.area.community', defaultMessage: 'Community server'},
    internal_platform: {id: 'triage.area.internal_platform', defaultMessage: 'Internal Cloud Platform'},
};
export const AREAS = Object.keys(AREA_NAMES) as OwnershipArea[];

export const STATUS_NAMES: Readonly<Record<TriageStatus, MessageDescriptor>> = {
    new: {id: 'triage.status.new', defaultMessage: 'New'},
    accepted: {id: 'triage.status.accepted', defaultMessage: 'Accepted'},
    in_progress: {id: 'triage.status.in_progress', defaultMessage: 'In progress'},
    done: {id: 'triage.status.done', defaultMessage: 'Done'},
    declined: {id: 'triage.status.declined', defaultMessage: 'Declined'},
    duplicate: {id: 'triage.status.duplicate', defaultMessage: 'Duplicate'},
};
