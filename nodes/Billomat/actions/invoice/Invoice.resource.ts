import { documentResource } from '../document/resource';
import { INVOICE } from './family';
import * as cancel from './cancel.operation';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as encash from './encash.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGroupedTotals from './getGroupedTotals.operation';
import * as sendByPost from './sendByPost.operation';
import * as sendEmail from './sendEmail.operation';
import * as uncancel from './uncancel.operation';
import * as update from './update.operation';
import * as uploadSignature from './uploadSignature.operation';

export const operations = {
	cancel,
	complete,
	create,
	delete: del,
	downloadPdf,
	encash,
	get,
	getAll,
	getGroupedTotals,
	sendByPost,
	sendEmail,
	uncancel,
	update,
	uploadSignature,
};

export const description = documentResource(INVOICE, operations);
