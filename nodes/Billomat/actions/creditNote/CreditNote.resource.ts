import { documentResource } from '../document/resource';
import { CREDIT_NOTE } from './family';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGroupedTotals from './getGroupedTotals.operation';
import * as sendByPost from './sendByPost.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';
import * as uploadSignature from './uploadSignature.operation';

export const operations = {
	complete,
	create,
	delete: del,
	downloadPdf,
	get,
	getAll,
	getGroupedTotals,
	sendByPost,
	sendEmail,
	update,
	uploadSignature,
};

export const description = documentResource(CREDIT_NOTE, operations);
