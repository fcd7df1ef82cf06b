import type { INodeProperties } from 'n8n-workflow';

import { documentResource } from '../document';
import * as changeState from './changeState.operation';
import * as create from './create.operation';
import * as downloadPdf from './downloadPdf.operation';
import { GUIDES } from './family';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = { changeState, create, downloadPdf, get, getAll, sendEmail, update };

export const description: INodeProperties[] = documentResource(GUIDES, operations, {
	changeState: { description: 'Finalize, cancel or delete a shipping, transport or devolution guide' },
	create: { description: 'Create a draft guide with its loading time and addresses; an unknown client and unknown items are created too' },
	getAll: { description: 'List guides, filtered by text, type, status and loading day' },
	update: { description: 'Replace a guide’s dates, loading time, addresses, client and items' },
});
