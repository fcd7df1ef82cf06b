import type { INodeProperties } from 'n8n-workflow';

import { documentResource } from '../document';
import * as changeState from './changeState.operation';
import * as create from './create.operation';
import * as downloadPdf from './downloadPdf.operation';
import { ESTIMATES } from './family';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = { changeState, create, downloadPdf, get, getAll, sendEmail, update };

export const description: INodeProperties[] = documentResource(ESTIMATES, operations, {
	changeState: { description: 'Finalize, accept, refuse, cancel or delete a quote, proforma or fees note' },
	create: { description: 'Create a draft quote, proforma or fees note; an unknown client and unknown items are created too' },
	getAll: { description: 'List quotes, proformas and fees notes, filtered by text, type, status, dates and totals' },
});
