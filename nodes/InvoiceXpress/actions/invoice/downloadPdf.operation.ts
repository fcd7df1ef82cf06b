import { downloadPdf } from '../document';
import { INVOICE } from './family';

export const { description, execute } = downloadPdf(INVOICE);
