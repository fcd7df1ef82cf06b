import { downloadPdf } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = downloadPdf(CREDIT_NOTE);
