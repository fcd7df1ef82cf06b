import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { create } from '../document';
import { guideRequiredFields } from './common.descriptions';
import { GUIDES } from './family';
import { withGuideDates } from './simplify';

const base = withGuideDates(create(GUIDES));

/**
 * Create of a guide: the lifecycle's Create, with the loading time and both addresses as required
 * fields after the due date (…/guides/create: `loaded_at`, `address_from`, `address_to`).
 */
const own = updateDisplayOptions({ show: { resource: [GUIDES.resource], operation: ['create'] } }, guideRequiredFields);
const after = base.description.findIndex((field: INodeProperties) => field.name === 'dueDate') + 1;

export const description: INodeProperties[] = [...base.description.slice(0, after), ...own, ...base.description.slice(after)];
export const execute = base.execute;
